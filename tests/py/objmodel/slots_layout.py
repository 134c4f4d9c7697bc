# __slots__: layout, errors, inheritance, __dict__ and __weakref__
import weakref


class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x, hasattr(p, "__dict__"), type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref(p)
except TypeError as e:
    print(type(e).__name__, e)


class WithDict(P):
    __slots__ = ("__dict__", "__weakref__")


w = WithDict(5)
w.anything = 1
print(w.__dict__, weakref.ref(w)() is w)


# a subclass without __slots__ gets a __dict__
class Free(P):
    pass


f = Free(2)
f.other = 3
print(f.__dict__, f.x)

# a single string is one slot
class One:
    __slots__ = "only"


o = One()
o.only = 1
print(One.__slots__, o.only)

# errors at class creation
for slots in [("a", "a"), ("1x",), (3,), ("__dict__", "__dict__")]:
    try:
        type("S", (), {"__slots__": slots})
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class Clash:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Layout(int, P):
        pass
except TypeError as e:
    print(type(e).__name__, e)


# private names are mangled
class Priv:
    __slots__ = ("__secret",)

    def set(self, v):
        self.__secret = v

    def get(self):
        return self.__secret


pv = Priv()
pv.set(9)
print(pv.get(), sorted(k for k in Priv.__dict__ if "secret" in k))

# __class__ assignment between compatible slotted classes
class A:
    __slots__ = ("v",)


class B:
    __slots__ = ("v",)


class C:
    __slots__ = ("w",)


a = A()
a.v = 1
a.__class__ = B
print(type(a).__name__, a.v)
try:
    a.__class__ = C
except TypeError as e:
    print(type(e).__name__, e)

# slots with a list subclass
class L(list):
    __slots__ = ("tag",)


l = L([1, 2])
l.tag = "t"
print(l, l.tag, hasattr(l, "__dict__"))

# member descriptor details
print(P.x.__name__, P.x.__objclass__.__name__, repr(P.x))
d = P.__dict__["y"]
q = P(0)
d.__set__(q, 11)
print(d.__get__(q, P), d.__get__(None, P) is d)
