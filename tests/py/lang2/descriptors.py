class Data:
    def __get__(self, obj, owner):
        return ('get', obj is None, owner.__name__)
    def __set__(self, obj, v):
        print('set', v)
    def __delete__(self, obj):
        print('delete')
class NonData:
    def __get__(self, obj, owner): return 'nondata'
class C:
    d = Data()
    n = NonData()
c = C()
print(c.d, C.d)
c.d = 5
del c.d
print(c.n)
c.__dict__['n'] = 'instance wins'
print(c.n)
c.__dict__['d'] = 'instance loses'
print(c.d[0])
class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print('deleting'); del self._x
p = P()
p.x = 4
print(p.x, P.x.__doc__)
del p.x
class RO:
    @property
    def v(self): return 1
try:
    RO().v = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del RO().v
except AttributeError as e:
    print(type(e).__name__, e)
class S:
    @staticmethod
    def s(x): return x
    @classmethod
    def c(cls, x): return cls.__name__, x
print(S.s(1), S().s(2), S.c(3), S().c(4))
print(type(S.__dict__['s']).__name__, type(S.__dict__['c']).__name__)
f = S.__dict__['s']
print(f.__func__(5))
def plain(self): return 'bound to ' + type(self).__name__
C.meth = plain
print(c.meth(), C.meth(c))
bm = c.meth
print(bm.__self__ is c, bm.__func__ is plain)
