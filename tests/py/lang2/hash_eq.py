class E:
    def __eq__(self, o): return True
print(E.__hash__)
try:
    hash(E())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {E()}
except TypeError as e:
    print(type(e).__name__, e)
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, H) and o.v == self.v
s = {H(1), H(1), H(2)}
print(len(s))
d = {H('a'): 1}
print(d[H('a')])
class Both(E):
    __hash__ = object.__hash__
print(type(hash(Both())).__name__)
class Child(E): pass
print(Child.__hash__)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
print(hash(1) == hash(1.0) == hash(True))
print({1: 'a', 1.0: 'b', True: 'c'})
