# Assigning __bases__ and overriding mro() in a metaclass
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class C(A):
    pass


class D(C):
    pass


d = D()
print(d.who(), [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(d.who(), [k.__name__ for k in D.__mro__], C.__base__.__name__)
print(A.__subclasses__(), [k.__name__ for k in B.__subclasses__()])
C.__bases__ = (A, B)
print(d.who(), [k.__name__ for k in C.__mro__])

for bad in [(), [A], (1,), (D,), (int,), (A, A)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
print([k.__name__ for k in C.__mro__])

try:
    int.__bases__ = (object,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del C.__bases__
except TypeError as e:
    print(type(e).__name__, e)


# an MRO conflict leaves the class as it was
class X:
    pass


class Y(X):
    pass


class Z(X):
    pass


try:
    Z.__bases__ = (X, Y)
except TypeError as e:
    print(type(e).__name__, e)
print([k.__name__ for k in Z.__mro__])


# a metaclass may order the MRO itself
class Reverse(type):
    def mro(cls):
        m = type.mro(cls)
        if cls.__name__ == "R":
            m.reverse()
        return m


class P:
    def f(self):
        return "P"


class Q(P):
    def f(self):
        return "Q"


class R(Q, metaclass=Reverse):
    pass


print([k.__name__ for k in R.__mro__], R().f())
print(type.mro(R) == [R, Q, P, object])


class Bad(type):
    def mro(cls):
        return [cls, 42]


try:
    class S(metaclass=Bad):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# a method added to a new base is seen at once
class M1:
    pass


class M2:
    pass


class N(M1):
    pass


N.__bases__ = (M2,)
M2.extra = lambda self: "extra"
print(N().extra())
