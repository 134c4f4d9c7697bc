class A:
    def f(self): return 'A'
class B(A):
    def f(self): return 'B' + super().f()
    @staticmethod
    def s(): 
        try:
            return super().f()
        except RuntimeError as e:
            return str(e)
print(B.s())
class C(B):
    def g(self):
        return [super().f() for _ in range(1)]
print(C().g())
class D(A):
    def f(self):
        return (lambda: super().f())()
print(D().f())
class E(A):
    def f(self):
        del self
        try:
            return super().f()
        except RuntimeError as e:
            return str(e)
print(E().f())
class F(A):
    def f(*args):
        try:
            return super().f()
        except RuntimeError as e:
            return str(e)
print(F().f())
s = super(B, B())
print(s.f(), s.__get__(None, B) is s)
try:
    super(B, A()).f()
except TypeError as e:
    print(e)
try:
    s.x = 1
except AttributeError as e:
    print(e)
print(super(int, True).__repr__())
print(super(B).__get__(B(), B).f())
class G:
    def __init_subclass__(cls, **kw):
        print('G sub', cls.__name__, kw)
        super().__init_subclass__()
class H(G, x=1): pass
print(super(type, int).__call__ if False else 'ok')
class Meta(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.via_meta = True
        return inst
class K(metaclass=Meta):
    def __init__(self, v): self.v = v
k = K(3)
print(k.v, k.via_meta)
class L:
    @property
    def p(self): return super().__class__
print(L().p)
print(super.__init__ is not None)
class N(A):
    f = lambda self: super().f()
try:
    print(N().f())
except RuntimeError as e:
    print(e)
