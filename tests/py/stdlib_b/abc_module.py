import abc
from abc import ABC, ABCMeta, abstractmethod

class A(ABC):
    @abstractmethod
    def f(self): pass
    @abstractmethod
    def g(self): pass

print(sorted(A.__abstractmethods__))
try:
    A()
except TypeError as e:
    print(type(e).__name__, str(e).startswith("Can't instantiate abstract class A"))

class B(A):
    def f(self): return 1

print(sorted(B.__abstractmethods__))

class C(B):
    def g(self): return 2

print(C.__abstractmethods__, C().f(), C().g())
print(isinstance(C(), A), issubclass(C, B), issubclass(int, A))

class R(ABC):
    pass

print(R.register(int) is int, isinstance(3, R), issubclass(bool, R), issubclass(str, R))
@R.register
class Local:
    pass
print(isinstance(Local(), R), R.__subclasses__())

class Duck(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return hasattr(C, "quack") or NotImplemented
        return NotImplemented

class Mallard:
    def quack(self): return "quack"

print(isinstance(Mallard(), Duck), issubclass(int, Duck))
try:
    R.register(3)
except TypeError as e:
    print("TypeError", e)

class P(ABC):
    @property
    @abstractmethod
    def x(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...

print(sorted(P.__abstractmethods__))
class Q(P):
    x = 5
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return "h"
print(Q.make().x, Q.helper())
print(type(A) is ABCMeta, type(ABC) is ABCMeta, abc.abstractproperty.__isabstractmethod__)
print(getattr(A.f, "__isabstractmethod__", False), getattr(C.f, "__isabstractmethod__", False))

class Meta(ABCMeta):
    pass
class WithMeta(metaclass=Meta):
    @abstractmethod
    def h(self): ...
print(sorted(WithMeta.__abstractmethods__), isinstance(WithMeta, ABCMeta))
class Plain:
    def f(self): pass
A.register(Plain)
print(isinstance(Plain(), A), issubclass(Plain, A))
