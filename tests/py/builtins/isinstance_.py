print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(1, (str, (float, int))))
print(isinstance("s", object), isinstance(None, type(None)), isinstance(int, type), isinstance(1, ()))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int), issubclass(int, ()))
for args in [(1, 1), (1, "int"), (1, (int, 1))]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError", e)
for args in [(1, int), (int, 1), (int, (int, 1))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError", e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "yes"
    def __subclasscheck__(cls, sub):
        return sub is str
class Anything(metaclass=Meta):
    pass
print(isinstance("yes", Anything), isinstance("no", Anything), isinstance(Anything(), Anything))
print(issubclass(str, Anything), issubclass(int, Anything), issubclass(int, (Anything, int)))
class Base: pass
class Derived(Base): pass
print(isinstance(Derived(), Base), issubclass(Derived, Base), issubclass(Base, Derived))
class Proxy:
    @property
    def __class__(self):
        return Base
print(isinstance(Proxy(), Base), isinstance(Proxy(), Proxy))
try:
    isinstance(1)
except TypeError as e:
    print("TypeError", e)
