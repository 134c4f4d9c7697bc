class Meta(type):
    def __getattr__(cls, name): return 'meta-ga ' + name
class A(metaclass=Meta): x = 1
print(A.x, A.missing)
class NS(dict):
    def __setitem__(self, k, v):
        print('ns set', k)
        super().__setitem__(k, v)
class M2(type):
    @classmethod
    def __prepare__(m, name, bases): return NS()
    def __new__(m, name, bases, ns): return super().__new__(m, name, bases, dict(ns))
class B(metaclass=M2):
    a = 1
    def f(self): pass
print(sorted(k for k in B.__dict__ if not k.startswith('__')))
class M3(type):
    def __new__(m, name, bases, ns, **kw): return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw): super().__init__(name, bases, ns)
class C(metaclass=M3, extra=1): pass
print(C.__name__)
try:
    class D(metaclass=type, extra=1): pass
except TypeError as e: print(e)
class Prop:
    @property
    def __class__(self): return int
print(isinstance(Prop(), int), type(Prop()).__name__)
class E:
    __slots__ = ('x',)
    def __init__(self): self.x = 1
e = E()
print(E.x.__get__(e, E), E.x.__name__, E.x.__objclass__.__name__)
E.x.__set__(e, 5); print(e.x)
E.x.__delete__(e)
try: e.x
except AttributeError as err: print(err)
try: E.x.__set__(1, 2)
except TypeError as err: print(err)
class F:
    def __init__(self): self.__dict__['a'] = 1
f = F()
print(f.__dict__, 'a' in dir(f))
print(type(F.__dict__['__init__']).__name__, F.__init__.__get__(f)())
class G:
    __doc__ = 'explicit'
    __module__ = 'other'
print(G.__doc__, G.__module__)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class H: pass
print(H.decorated)
class I:
    class_attr = []
    def add(self, v): self.class_attr.append(v)
I().add(1); I().add(2)
print(I.class_attr)
print(type(type(I)), type.__subclasscheck__(object, I), type.__instancecheck__(I, I()))
print(I.__init_subclass__.__self__ is I, object.__reduce_ex__ is not None)
print(object.__dir__(I())[:0], sorted(object.__dir__(I()))[:3])
