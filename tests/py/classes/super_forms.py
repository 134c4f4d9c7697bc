class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
    @staticmethod
    def s(): return 'A.s'
    x = 10
class B(A):
    def f(self): return 'B>' + super().f()
    @classmethod
    def c(cls): return 'B>' + super().c()
    def two(self): return super(B, self).f()
    def g(self):
        return super().x
class C(B):
    def f(self): return 'C>' + super().f()
print(C().f(), C.c(), B().two(), B().g())
print(super(C, C()).f())
print(super(B, C).c())
s = super(B, C())
print(repr(s).startswith('<super: <class'), repr(s).split(',')[0])
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
s2 = super(B)
print(repr(s2))
print(s2.__self__, s2.__self_class__)
try:
    super(B, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    print(super(B, B()).nonexist)
except AttributeError as e:
    print(type(e).__name__, e)
class D(A):
    def f(self):
        def inner():
            return __class__
        return inner()
print(D().f().__name__)
class E(A):
    def __init__(self):
        super().__init__()
        self.v = 1
print(E().v)
print(super(A, A()).__class__)
print(super(C, C()).s())
class M(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)
class Q(metaclass=M): pass
print(type(Q).__name__)
