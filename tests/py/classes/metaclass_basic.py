class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        d = {'injected': 1}
        return d
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name)
class A(metaclass=Meta, flag=True):
    x = 1
print(A.injected, type(A).__name__, isinstance(A, Meta))
class B(A): pass
print(type(B).__name__)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
T = type('T', (), {'a': 1, 'f': lambda self: 'f'})
print(T.__name__, T.a, T().f(), T.__bases__, T.__module__)
print(type(5), type('x') is str)
try:
    type('T', 1, {})
except TypeError as e:
    print(e)
try:
    type('T', (), 1)
except TypeError as e:
    print(e)
try:
    type(1, (), {})
except TypeError as e:
    print(e)
try:
    type('a', 'b')
except TypeError as e:
    print(e)
try:
    type()
except TypeError as e:
    print(e)
class MyType(type): pass
T2 = MyType('T2', (), {})
print(type(T2).__name__)
def meta_func(name, bases, ns):
    print('meta_func', name)
    return 42
class W(metaclass=meta_func): pass
print(W)
class OrderedMeta(type):
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        cls.order = [k for k in ns if not k.startswith('__')]
        return cls
class O(metaclass=OrderedMeta):
    z = 1
    a = 2
    def m(self): pass
print(O.order)
class PrepRet(type):
    @classmethod
    def __prepare__(m, name, bases):
        return 5
try:
    class P(metaclass=PrepRet): pass
except TypeError as e:
    print(e)
print(type.__prepare__('x', ()))
class IntMeta(type):
    def __len__(cls): return 7
    def __getitem__(cls, k): return ('item', k)
    def __iter__(cls): return iter([1, 2])
class Q(metaclass=IntMeta): pass
print(len(Q), Q[3], list(Q))
try:
    type.__new__(1, 'x', (), {})
except TypeError as e:
    print(e)
try:
    type.__new__(int, 'x', (), {})
except TypeError as e:
    print(e)
print(type.__init__(int, 'x', (), {}))
