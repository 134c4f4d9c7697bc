# Metaclass __prepare__, __call__, __instancecheck__, __subclasscheck__
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"injected": 42}

    def __new__(mcls, name, bases, ns, **kw):
        ns["members"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Ordered(metaclass=OrderedMeta, extra=1):
    b = 1
    a = 2

    def m(self):
        return injected


print(Ordered.members, Ordered.injected)


class Recording(dict):
    def __setitem__(self, key, value):
        print("ns set", key)
        super().__setitem__(key, value)


class RecMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()


class R(metaclass=RecMeta):
    x = 1

    def y(self):
        pass


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class Q(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)


# __call__ controls instance creation
class Singleton(type):
    instances = {}

    def __call__(cls, *args, **kw):
        if cls not in Singleton.instances:
            print("creating", cls.__name__, args, kw)
            Singleton.instances[cls] = super().__call__(*args, **kw)
        return Singleton.instances[cls]


class One(metaclass=Singleton):
    def __init__(self, v, w=0):
        self.v = v


a = One(1, w=2)
b = One(3)
print(a is b, a.v)


# __instancecheck__ / __subclasscheck__
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Quacker(metaclass=Duck):
    pass


class Mallard:
    def quack(self):
        pass


print(isinstance(Mallard(), Quacker), isinstance(1, Quacker))
print(issubclass(Mallard, Quacker), issubclass(int, Quacker))
print(isinstance(Mallard(), (int, Quacker)))
# an exact type match does not call __instancecheck__
print(isinstance(Quacker(), Quacker))


class Truthy(type):
    def __instancecheck__(cls, obj):
        return "yes"


class T(metaclass=Truthy):
    pass


print(isinstance(0, T))


# metaclass conflicts
class M1(type):
    pass


class M2(type):
    pass


class A1(metaclass=M1):
    pass


class A2(metaclass=M2):
    pass


try:
    class C(A1, A2):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class M3(M1, M2):
    pass


class C(A1, A2, metaclass=M3):
    pass


print(type(C).__name__)


# the most derived metaclass wins even when not given first
class D(A1, metaclass=type):
    pass


print(type(D).__name__)

# a function as metaclass
def fmeta(name, bases, ns, **kw):
    print("fmeta", name, kw)
    return 7


class F(metaclass=fmeta, k=1):
    pass


print(F)

# type() with three arguments and its errors
T3 = type("T3", (object,), {"v": 1, "__qualname__": "Outer.T3"})
print(T3.v, T3.__qualname__, T3.__module__)
for args in [("x",), ("x", (), {}, 1), (1, (), {}), ("x", [], {}), ("x", (), [])]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(3))
