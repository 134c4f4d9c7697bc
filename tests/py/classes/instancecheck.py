class Meta(type):
    def __instancecheck__(cls, inst):
        print('instancecheck', cls.__name__)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print('subclasscheck', cls.__name__)
        return sub is int
class A(metaclass=Meta): pass
print(isinstance(42, A), isinstance(1, A), issubclass(int, A), issubclass(str, A))
print(isinstance(A(), A))
print(isinstance(1, (str, A)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(e)
class B: pass
class C(B): pass
print(B.__subclasses__(), C.__subclasses__())
print(isinstance(C(), B), issubclass(C, (int, B)), issubclass(C, C))
print(isinstance(1, int | str), issubclass(bool, int | None))
class Fake:
    __class__ = int
print(isinstance(Fake(), int), type(Fake()).__name__)
class Abs:
    @property
    def __bases__(self): return ()
try:
    issubclass(Abs(), int)
except TypeError as e:
    print(e)
print(isinstance(1, ((str, int), float)))
