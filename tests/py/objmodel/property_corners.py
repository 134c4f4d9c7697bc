# property: errors, docs, copies, subclasses; DynamicClassAttribute
import types


class C:
    def _get(self):
        "getter doc"
        return self._v

    def _set(self, v):
        self._v = v

    ro = property(_get)
    rw = property(_get, _set, doc="explicit doc")
    nothing = property()


c = C()
c.rw = 3
print(c.ro, c.rw, C.ro.__doc__, C.rw.__doc__, C.nothing.__doc__)
for action in ["c.ro = 1", "del c.ro", "c.nothing", "del c.rw"]:
    try:
        exec(action)
    except AttributeError as e:
        print(type(e).__name__, e)
for attr in ["fget", "fset", "fdel"]:
    try:
        setattr(C.ro, attr, None)
    except AttributeError as e:
        print(type(e).__name__, e)


class Outer:
    class Inner:
        p = property()


try:
    Outer.Inner().p
except AttributeError as e:
    print(type(e).__name__, e)


# getter/setter/deleter make copies
class D:
    @property
    def x(self):
        "x doc"
        return self._x

    @x.setter
    def x(self, v):
        self._x = v * 2

    @x.deleter
    def x(self):
        print("deleting x")


d = D()
d.x = 4
print(d.x, D.x.__doc__, D.x.fget.__name__, D.x.fset.__name__)
del d.x
p1 = property(lambda s: 1)
p2 = p1.setter(lambda s, v: None)
print(p1 is p2, p1.fset, p2.fset is not None)


# a subclass of property keeps the getter's doc in the instance
class Sub(property):
    "Sub doc"


class E:
    @Sub
    def spam(self):
        "spam doc"
        return 1


print(E.spam.__doc__, E().spam, type(E.__dict__["spam"]).__name__)
print(Sub(doc="given").__doc__, Sub().__doc__)


class NoDocSub(property):
    pass


print(NoDocSub(lambda s: 1).__doc__)

# __set_name__ of property
p = property(lambda s: 1)
try:
    p.__set_name__()
except TypeError as e:
    print(type(e).__name__, e)
p.__set_name__(object, "named")
try:
    del C().__class__.ro.__doc__
except Exception as e:
    print(type(e).__name__, e)

# abstract
import abc


class Abs(abc.ABC):
    @property
    @abc.abstractmethod
    def a(self):
        pass


print(Abs.a.__isabstractmethod__, property().__isabstractmethod__)
try:
    Abs()
except TypeError as e:
    print(type(e).__name__, e)


# DynamicClassAttribute
class Meta(type):
    def __getattr__(cls, name):
        if name == "kind":
            return "class-level kind"
        raise AttributeError(name)


class Thing(metaclass=Meta):
    @types.DynamicClassAttribute
    def kind(self):
        return "instance kind"

    @kind.setter
    def kind(self, v):
        print("set kind", v)


print(Thing().kind, Thing.kind)
Thing().kind = 5
print(type(Thing.__dict__["kind"]).__name__, Thing.__dict__["kind"].__doc__)
