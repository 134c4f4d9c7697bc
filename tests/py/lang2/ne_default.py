class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq called'); return self.v == o.v
print(E(1) != E(1), E(1) != E(2))
class NI:
    def __eq__(self, o): return NotImplemented
print(NI() != NI(), NI() == NI())
n = NI(); print(n == n, n != n)
class Ne:
    def __ne__(self, o): return 'ne!'
print(Ne() != 1, Ne() == Ne())
print([E(1)] == [E(1)])
print((1, 2) != (1, 2), [1] != [2])
class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'Lt({self.v})'
print(sorted([Lt(3), Lt(1), Lt(2)]), max(Lt(1), Lt(5)), min([Lt(4), Lt(2)]))
print(Lt(1) > Lt(0))
try:
    Lt(1) <= Lt(2)
except TypeError as e:
    print(type(e).__name__, e)
