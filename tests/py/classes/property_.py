class A:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print('del x'); self._x = None
a = A()
a.x = 5
print(a.x)
del a.x
print(a.x)
print(A.x.__doc__)
print(type(A.x).__name__, A.x.fget.__name__, A.x.fset.__name__, A.x.fdel.__name__)
class B:
    @property
    def y(self): return 1
b = B()
try:
    b.y = 2
except AttributeError as e:
    print(e)
try:
    del b.y
except AttributeError as e:
    print(e)
p = property()
try:
    p.__get__(b)
except AttributeError as e:
    print(e)
print(property(doc='hi').__doc__)
def getter(self): "getter doc"; return 3
print(property(getter).__doc__)
print(property(getter, doc='explicit').__doc__)
class C:
    z = property(lambda s: 7)
print(C().z, C.z.__isabstractmethod__)
import abc
class D:
    @property
    @abc.abstractmethod
    def q(self): pass
print(D.q.__isabstractmethod__)
class E(B):
    @B.y.getter
    def y(self): return 10
print(E().y)
class P(property): pass
class F:
    @P
    def w(self): return 'w'
print(F().w, type(F.w).__name__)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
class G:
    def _get(self): return 'g'
    v = property(_get)
print(G().v)

