class A:
    @classmethod
    def c(cls, x): return (cls.__name__, x)
    @staticmethod
    def s(x): return x * 2
print(A.c(1), A().c(2), A.s(3), A().s(4))
cm = A.__dict__['c']
sm = A.__dict__['s']
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__)
print(cm.__isabstractmethod__, sm.__isabstractmethod__)
print(sm(5))
def f(): 'fdoc'
print(staticmethod(f).__doc__, classmethod(f).__doc__, staticmethod(f).__name__)
class B(A): pass
print(B.c(0))
print(cm.__get__(None, B)(9))
class C:
    @classmethod
    @property
    def cp(cls): return 'cp ' + cls.__name__
print(C.cp)
print(repr(sm).startswith('<staticmethod('), repr(cm).startswith('<classmethod('))
try:
    classmethod(1)(2)
except TypeError as e:
    print(e)
print(type(A.c).__name__, A.c.__self__ is A, A.c.__func__ is cm.__func__)
print(type(A.s).__name__)
try:
    classmethod()
except TypeError as e:
    print(e)
x = staticmethod(len)
print(x('abc'))
sm.extra = 1
print(sm.extra, sm.__dict__)
