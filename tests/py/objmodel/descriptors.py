# Descriptors of every kind and their precedence
class Data:
    def __init__(self):
        self.store = {}

    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return self.store.get(id(obj), "unset " + self.name)

    def __set__(self, obj, value):
        self.store[id(obj)] = value

    def __delete__(self, obj):
        print("delete", self.name)
        self.store.pop(id(obj), None)


class NonData:
    def __get__(self, obj, objtype=None):
        return ("nondata", obj is None, objtype.__name__)


class GetOnlyNoType:
    def __get__(self, obj, objtype):
        return "got"


class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)


class K:
    d = Data()
    n = NonData()
    g = GetOnlyNoType()
    s = SetOnly()


k = K()
print(k.d)
k.d = 5
print(k.d, "d" in k.__dict__)
k.__dict__["d"] = "shadow"
print(k.d)          # data descriptor wins over the instance dict
del k.d
print(k.d)
print(k.n)
k.__dict__["n"] = "instance"
print(k.n)          # the instance dict wins over a non-data descriptor
print(K.n, K.d.name, K.g)
k.s = 3             # __set__ without __get__: still a data descriptor
k.__dict__["s"] = "in dict"
print(k.s)
print(K.s.__class__.__name__)
try:
    del k.s
except AttributeError as e:
    print(type(e).__name__, e)


# classmethod, staticmethod and their wrapping
class W:
    @classmethod
    def cm(cls, x):
        return (cls.__name__, x)

    @staticmethod
    def sm(x):
        return x * 2

    @classmethod
    @property
    def cprop(cls):
        return "class property of " + cls.__name__


class WW(W):
    pass


print(W.cm(1), WW.cm(2), WW().cm(3), W.sm(4), W().sm(5))
print(W.__dict__["sm"].__func__(6), W.__dict__["cm"].__func__(W, 7))
print(type(W.__dict__["cm"]).__name__, isinstance(W.__dict__["sm"], staticmethod))
print(callable(W.__dict__["sm"]), W.__dict__["sm"](8))
print(WW.cprop)
sm = staticmethod(len)
print(sm.__wrapped__ is len, W.__dict__["cm"].__wrapped__.__name__)

# functions are non-data descriptors
def f(self, y):
    return (self, y)


bound = f.__get__(10)
print(bound(1), bound.__self__, bound.__func__ is f)
print(f.__get__(None, int) is f)
m = type(bound)(f, "obj")
print(m(2), m == type(bound)(f, "obj"))

# __get__ on the class through a metaclass attribute
class Meta(type):
    @property
    def info(cls):
        return "meta info " + cls.__name__


class UsesMeta(metaclass=Meta):
    pass


print(UsesMeta.info)
try:
    UsesMeta().info
except AttributeError as e:
    print(type(e).__name__, e)

# __set_name__ is called for attributes set in the class body only
class Late:
    pass


Late.d = Data()
print(hasattr(Late.d, "name"))

# an error in __set_name__ propagates (with a note in 3.11? no: as is)
class BadName:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)


try:
    class Uses:
        attr = BadName()
except Exception as e:
    print(type(e).__name__, e)
