# __init_subclass__ with keyword arguments, __set_name__ order, __class_getitem__
class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="b"):
    pass


class Gamma(Beta):
    pass


print(Plugin.registry, Beta.plugin_name, Gamma.plugin_name)

try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# __init_subclass__ is an implicit classmethod
print(type(Plugin.__dict__["__init_subclass__"]).__name__)


# __set_name__ runs before __init_subclass__, in definition order
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)


class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw))


class Sub(Base, flag=True):
    first = Named()
    second = Named()


# a metaclass passes keywords through
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)


class WithMeta(Base, metaclass=Meta, color="red"):
    pass


# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


class SubBox(Box):
    pass


print(Box[int], SubBox["x"], type(Box.__dict__["__class_getitem__"]).__name__)
try:
    object[int]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
ga = list[int]
print(ga.__origin__ is list, ga.__args__, ga.__parameters__, ga(range(3)))

# the metaclass __getitem__ wins over __class_getitem__
class MG(type):
    def __getitem__(cls, item):
        return "meta getitem"


class UsesMG(metaclass=MG):
    def __class_getitem__(cls, item):
        return "class getitem"


print(UsesMG[0])
