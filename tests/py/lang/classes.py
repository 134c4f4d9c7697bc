class A:
    """doc of A"""
    x = 1
    def m(self):
        return self.x + 1
    def __repr__(self):
        return "A()"
class B(A):
    def m(self):
        return super().m() * 10
    def cls(self):
        return __class__
print(B().m(), A(), B.__qualname__, B.m.__qualname__, A.__doc__, B.__doc__)
print(B().cls() is B, A.__module__)
def f():
    class C:
        def g(self):
            def h():
                pass
            return h
    return C
C = f()
print(C.__qualname__, C.g.__qualname__, C().g().__qualname__)
class Private:
    __secret = 1
    def get(self):
        return self.__secret
    def __dunder__(self):
        return 2
print(Private().get(), Private._Private__secret, Private().__dunder__())
print(sorted(k for k in vars(Private) if 'secret' in k))
def classfree():
    y = 5
    class K:
        y = 6
        z = y
        def m(self):
            return y
    return K.z, K().m()
print(classfree())
def classderef():
    v = 'outer'
    class K:
        w = v
    return K.w
print(classderef())
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['kw'] = kw
        return super().__new__(mcls, name, bases, ns)
class WithMeta(A, metaclass=Meta, flag=True):
    pass
print(WithMeta.kw, type(WithMeta).__name__, WithMeta.__mro__[1].__name__)
bases = (A,)
class Star(*bases):
    pass
print(Star.__bases__)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class D:
    pass
print(D.decorated)
class Ann:
    a: int
    b: str = "x"
print(Ann.__annotations__, Ann.b)
class Empty: pass
print(Empty.__name__, Empty.__qualname__)
