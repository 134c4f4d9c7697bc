# __getattr__ and __getattribute__ together
class Lazy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"no {name}")


z = Lazy()
print(z.real, z.auto_x)
try:
    z.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(z, "missing", "default"), hasattr(z, "auto_y"), hasattr(z, "nope"))


class Both:
    def __getattribute__(self, name):
        print("getattribute", name)
        if name == "boom":
            raise AttributeError("from getattribute")
        if name == "other":
            raise KeyError("not an attribute error")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        print("fallback", name)
        return "fallback " + name


b = Both()
b.x = 5
print(b.x)
print(b.boom)
print(b.nothing)
try:
    b.other
except KeyError as e:
    print(type(e).__name__, e)


# a property raising AttributeError falls back to __getattr__
class Prop:
    @property
    def p(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "getattr " + name


print(Prop().p)


# __getattr__ is not used for special method lookup
class Special:
    def __getattr__(self, name):
        return lambda *a: "via getattr"


s = Special()
print(s.__len__())
try:
    len(s)
except TypeError as e:
    print(type(e).__name__, e)


# __setattr__ and __delattr__
class Guard:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        if name == "frozen":
            raise AttributeError("frozen is read-only")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)


g = Guard()
g.a = 1
try:
    g.frozen = 2
except AttributeError as e:
    print(type(e).__name__, e)
del g.a
try:
    del g.a
except AttributeError as e:
    print(type(e).__name__, e)
print(g.__dict__)

# object.__getattribute__ on a type and on an instance
print(object.__getattribute__(g, "__class__").__name__)
try:
    object.__getattribute__(g, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(g, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)


# __getattr__ on a module
import types
m = types.ModuleType("dyn")
m.__getattr__ = lambda name: "module attr " + name
print(m.anything)
print(m.__dir__() is not None)


# dir() with __dir__
class D:
    def __dir__(self):
        return ["b", "a"]


print(dir(D()))
