class A:
    def __init__(self): self.x = 1
print(A.__init__.__qualname__, A.__dict__['__init__'].__name__)
print(object.__subclasshook__(), A.__subclasshook__())
print(type(A.__dict__), type(vars(A)))
print(A.__dict__.__class__.__name__)
class B:
    __slots__ = ('a', '__dict__')
print(sorted(B.__dict__.keys()))
print(super.__name__, type(super(A, A())).__name__)
class M(type):
    def mm(cls): return 'mm'
class C(metaclass=M): pass
print(C.mm(), hasattr(C(), 'mm'))
try:
    C().mm
except AttributeError as e: print(e)
print(type.__call__(A).x)
print(isinstance(A, object), isinstance(type, type), type.__class__)
print(A().__class__.__class__)
class D:
    x: int = 3
    y: str
print(D.__annotations__)
class E(dict): pass
e = E(a=1); e.z = 2
print(e, e.z, e.__dict__)
class F(list): pass
f = F([1,2]); f.tag = 't'
print(f, f.tag, f.__dict__, f == [1, 2])
print(int.__subclasses__()[:1])
print(object.__eq__(1, 1), object.__ne__(1, 2), object.__lt__(1, 2))
print(A.__eq__(A(), 1))
print((1).__eq__(1.0), (1).__eq__('a'))
class G:
    def __eq__(self, o): return NotImplemented
g = G()
print(g == g, g != g, g == G())
print(object.__hash__(g) == hash(g))
class H:
    def __ne__(self, o): return True
h = H()
print(h == h, h != h)
print(hasattr(object, '__dict__'), '__dict__' in dir(A()), '__weakref__' in dir(A()))
class I:
    pass
I.__init__ = lambda self, v: setattr(self, 'v', v)
print(I(5).v)
I.__repr__ = lambda self: 'I!'
print(repr(I(1)), str(I(1)))
I.__eq__ = lambda s, o: True
print(I(1) == 2)
del I.__repr__
print(repr(I(1))[:10])
I.__len__ = lambda self: 4
print(len(I(0)), bool(I(0)))
I.__iter__ = lambda self: iter([9])
print(list(I(0)))
I.__getitem__ = lambda self, k: k
print(I(0)[5])
I.__call__ = lambda self: 'called'
print(I(0)())
I.__add__ = lambda self, o: 'added'
print(I(0) + 1)
I.__hash__ = lambda self: 42
print(hash(I(0)))
