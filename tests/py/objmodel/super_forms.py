# super() in every form
class A:
    def who(self):
        return "A"

    @classmethod
    def cwho(cls):
        return "A.cwho " + cls.__name__

    @staticmethod
    def swho():
        return "A.swho"

    @property
    def prop(self):
        return "A.prop"


class B(A):
    def who(self):
        return "B>" + super().who()

    @classmethod
    def cwho(cls):
        return "B>" + super().cwho()

    @staticmethod
    def swho():
        return "B>" + super(B, B).swho()

    @property
    def prop(self):
        return "B>" + super().prop


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


d = D()
print(d.who(), D.cwho(), D.swho(), d.prop)
print(super(B, d).who(), super(C, d).who(), super(D, d).who())
print(super(B, D).cwho())
print(super(B, d).__self__ is d, super(B, d).__thisclass__ is B, super(B, D).__self_class__ is D)
s = super(B, d)
print(type(s).__name__, "super" in repr(s))

# unbound super
u = super(B)
print(u.__thisclass__ is B, u.__self__)
print(u.__get__(d, D).who())

# super() in a nested function needs __class__
class E(A):
    def who(self):
        def inner():
            return super(E, self).who()
        return "E>" + inner()

    def lam(self):
        return (lambda: super(E, self).who())()


print(E().who(), E().lam())

# errors
try:
    super(B, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)


def outside():
    return super().x


try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)


class F:
    def m():
        return super().x


try:
    F.m()
except RuntimeError as e:
    print(type(e).__name__, e)

# attributes not found
try:
    super(D, d).nothing
except AttributeError as e:
    print(type(e).__name__, e)


# super in __init__ and __new__ chains
class Base:
    def __new__(cls, *a):
        print("Base.__new__", cls.__name__, a)
        return super().__new__(cls)

    def __init__(self, *a):
        print("Base.__init__", a)
        super().__init__()


class Mid(Base):
    def __new__(cls, *a):
        print("Mid.__new__")
        return super().__new__(cls, *a)

    def __init__(self, *a):
        print("Mid.__init__")
        super().__init__(*a)


Mid(1, 2)


# __class__ cell
class G:
    def cls(self):
        return __class__


class H(G):
    pass


print(H().cls() is G)


# super() with a metaclass method
class Meta(type):
    def create(cls):
        return "Meta.create " + cls.__name__


class SubMeta(Meta):
    def create(cls):
        return "SubMeta>" + super().create()


class X(metaclass=SubMeta):
    pass


print(X.create())


# super() sees data descriptors of the next class, and instance dicts are skipped
class P1:
    x = "class attr of P1"


class P2(P1):
    def get(self):
        self.x = "instance"
        return super().x


print(P2().get())
