# metaclass __prepare__, __set_name__, __init_subclass__, mangling, qualnames
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=True):
    x = injected + 1
print(A.x, type(A).__name__)
class Desc:
    def __set_name__(self, owner, name): print('set_name', owner.__name__, name); self.name = name
    def __get__(self, obj, typ=None): return f'get {self.name}'
class B:
    d = Desc()
    def __init_subclass__(cls, **kw): print('init_subclass', cls.__name__, kw)
class C(B, tag=1): pass
print(B().d, B.__qualname__, C.__mro__[1].__name__)
class D:
    """doc of D"""
    def m(self): return super().__repr__()[:10]
    @staticmethod
    def s(): return __class__.__name__
print(D.__doc__, D().m(), D.s(), D.__module__)
def deco_cls(c): c.decorated = True; return c
@deco_cls
class E: pass
print(E.decorated)
class F:
    def __init__(self): self.__private = 1
    def get(self): return self.__private
f = F(); print(f.get(), f._F__private, hasattr(f, '__private'))
class G:
    __slots__ = ('a',)
g = G()
try: g.b = 1
except AttributeError as e: print(e)
class H:
    def __getattr__(self, n): return n * 2
    def __getattribute__(self, n):
        if n == 'special': return 'intercepted'
        return object.__getattribute__(self, n)
print(H().special, H().xy)
class I(int):
    def __new__(cls, v): return super().__new__(cls, v * 2)
print(I(3), type(I(3)).__name__)
class J:
    def __eq__(self, o): return 'eq'
    __hash__ = None
print(J() == 1, J.__hash__)
try: hash(J())
except TypeError as e: print(e)
class K:
    class Inner:
        def m(self): pass
print(K.Inner.__qualname__, K.Inner.m.__qualname__)
def fn():
    class Local: pass
    return Local
print(fn().__qualname__)
class L:
    def __call__(self, *a): return a
print(L()(1, 2), callable(L()), callable(L))
print(type('Dyn', (object,), {'v': 1})().v)
class M:
    a: int
    b: str = 'x'
print(M.__annotations__, M.b)
