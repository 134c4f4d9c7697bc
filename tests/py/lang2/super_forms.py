class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
    @staticmethod
    def s(): return 'A.s'
class B(A):
    def f(self): return 'B>' + super().f()
    @classmethod
    def c(cls): return 'B>' + super().c()
class C(A):
    def f(self): return 'C>' + super().f()
class D(B, C):
    def f(self): return 'D>' + super(D, self).f()
print(D().f())
print(D.c())
print(super(B, D()).f())
print(super(C, D).c())
class E(A):
    def f(self):
        g = lambda: super(E, self).f()
        return g()
    def h(self):
        return [super().f() for _ in range(1)]
print(E().f(), E().h())
try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__, e)
class F(A):
    def __init__(self):
        super().__init__()
        self.ok = True
print(F().ok)
class G(A):
    def nosuper():
        return super().f()
try:
    G.nosuper()
except RuntimeError as e:
    print(type(e).__name__, e)
print(super(D, D()).__self_class__ if hasattr(super(D, D()), '__self_class__') else None)
class H(A):
    def f(self):
        __class__
        return super().f()
print(H().f())
