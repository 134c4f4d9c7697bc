# comparisons: chains evaluate each operand once, short-circuit, mixed operators
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2) is not None, calls)
print(1 < 2 > 1 == 1 in [1] not in [2], 'a' < 'b' <= 'b')
print(None is None is None, [] is not [], 1 in (1, 2) in [(1, 2)])
class Loud:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print('lt', self.n, o.n)
        return self.n < o.n
    def __bool__(self):
        print('bool', self.n)
        return True
a, b, c = Loud(1), Loud(2), Loud(3)
print(a < b < c)
class WeirdLt:
    def __lt__(self, o): return 'truthy string'
print(WeirdLt() < 1 < 2, WeirdLt() < 1)
try:
    1 < 'a'
except TypeError as e:
    print(e)
try:
    [] < ()
except TypeError as e:
    print(e)
print((1, 2) < (1, 3), [1, [2]] == [1, [2]], {1: 2} == {1: 2}, float('nan') == float('nan'))
x = 5
print(0 < x < 10, not 0 < x < 3, (0 < x) < 3)
