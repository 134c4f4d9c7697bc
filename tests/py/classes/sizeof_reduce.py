import copy
class A:
    def __init__(self): self.x = [1, 2]
a = A()
print(type(a.__sizeof__()).__name__, a.__sizeof__() > 0, object().__sizeof__() > 0)
r = a.__reduce_ex__(2)
print(r[0].__name__, r[1][0] is A, r[2])
b = copy.copy(a)
print(b.x is a.x, type(b).__name__)
c = copy.deepcopy(a)
print(c.x == a.x, c.x is a.x)
print(a.__getstate__())
class S:
    __slots__ = ('p', 'q')
s = S(); s.p = 1
print(s.__getstate__())
print(copy.copy(s).p)
class G:
    def __getstate__(self): return {'custom': 1}
    def __setstate__(self, st): self.restored = st
g2 = copy.copy(G())
print(g2.restored)
class N:
    def __init__(self, v): self.v = v
    def __getnewargs__(self): return (self.v,)
    def __new__(cls, v):
        o = super().__new__(cls); return o
r = N(7).__reduce_ex__(2)
print(r[1][1:], r[2])
print(object().__getstate__())
import sys
print(sys.getsizeof(1) > 0, sys.getsizeof([]) > 0)
print(a.__reduce__()[0].__name__)
class R:
    def __reduce__(self): return (R, ())
print(copy.copy(R()).__class__.__name__)
