class A:
    __slots__ = ('x', 'y')
a = A()
a.x = 1
print(a.x)
try:
    a.z = 2
except AttributeError as e:
    print(e)
try:
    a.y
except AttributeError as e:
    print(e)
print(type(A.x).__name__, hasattr(a, '__dict__'))
del a.x
try:
    del a.x
except AttributeError as e:
    print(e)
class B(A):
    pass
b = B()
b.z = 3
print(b.z, b.__dict__)
class C:
    __slots__ = ['v', '__dict__']
c = C()
c.v = 1
c.w = 2
print(c.__dict__)
class D:
    __slots__ = 'only'
d = D()
d.only = 5
print(d.only, D.__slots__)
class E:
    __slots__ = ('__weakref__',)
print(E.__weakref__ is not None)
try:
    class F:
        __slots__ = ('x',)
        x = 1
except ValueError as e:
    print(e)
try:
    class G:
        __slots__ = ('a', 'a')
except TypeError as e:
    print(e)
try:
    class H(int):
        __slots__ = ('a',)
except TypeError as e:
    print(e)
class I:
    __slots__ = ('__priv',)
    def set(self): self.__priv = 9
    def get(self): return self.__priv
i = I()
i.set()
print(i.get(), '_I__priv' in I.__dict__)
try:
    class J:
        __slots__ = (1,)
except TypeError as e:
    print(e)
try:
    class K:
        __slots__ = ('no good',)
except TypeError as e:
    print(e)
class L:
    __slots__ = ()
try:
    L().__dict__
except AttributeError as e:
    print(e)
class M:
    __slots__ = ('a',)
    def __init__(self): self.a = 1
class N(M):
    __slots__ = ('b',)
    def __init__(self):
        super().__init__()
        self.b = 2
n = N()
print(n.a, n.b)
print(repr(M.a).startswith("<member 'a' of 'M' objects>"))
try:
    class P(M, N.__base__): pass
    print('ok P')
except TypeError as e:
    print(e)
class Q:
    __slots__ = ('x',)
class R:
    __slots__ = ('y',)
try:
    class S(Q, R): pass
except TypeError as e:
    print(e)
