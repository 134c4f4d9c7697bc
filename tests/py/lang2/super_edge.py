class A:
    def f(self): return 'A'
    def g(self): return 'Ag'
class B(A):
    def f(*args):
        return 'B>' + super().f()
    def gen(self):
        yield super().f()
    def g(self):
        def inner():
            return super(B, self).g()
        return inner()
    @staticmethod
    def st():
        try:
            return super().f()
        except RuntimeError as e:
            return f'{type(e).__name__}: {e}'
    def deleted(self):
        del self
        try:
            return super().f()
        except RuntimeError as e:
            return f'{type(e).__name__}: {e}'
print(B().f(), list(B().gen()), B().g(), B.st(), B().deleted())
s = super(B, B())
print(s.f(), repr(s).startswith('<super: <class'), s.__thisclass__.__name__, type(s.__self__).__name__)
try:
    super(B, B()).missing
except AttributeError as e:
    print(type(e).__name__, e)
class C(B):
    def f(self): return 'C>' + super().f()
print(C().f())
class P:
    def __init__(self, v): self.v = v
class Q(P):
    def __init__(self):
        super().__init__(7)
print(Q().v)
print(super(int, 5).__repr__() if False else super(int, 5).__str__.__name__)
class NewS:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.a = a
        return o
print(NewS(1, 2).a)
class Prop(A):
    @property
    def f(self): return super().f()
print(Prop().f)
class CM(A):
    @classmethod
    def make(cls): return super().__new__(cls).f() if False else super(CM, cls).f
print(CM.make().__name__)
