import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    @abc.abstractmethod
    def g(self): pass
try:
    Base()
except TypeError as e:
    print(e)
class One(Base):
    def f(self): return 1
try:
    One()
except TypeError as e:
    print(e)
class Both(One):
    def g(self): return 2
print(Both().f(), Both().g())
print(sorted(Base.__abstractmethods__), One.__abstractmethods__, Both.__abstractmethods__)
class M(metaclass=abc.ABCMeta):
    @classmethod
    @abc.abstractmethod
    def cm(cls): pass
    @staticmethod
    @abc.abstractmethod
    def sm(): pass
    @property
    @abc.abstractmethod
    def p(self): pass
print(sorted(M.__abstractmethods__))
class R(abc.ABC): pass
R.register(int)
print(isinstance(3, R), issubclass(int, R), issubclass(str, R))
@R.register
class Q: pass
print(issubclass(Q, R), Q.__name__)
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, 'quack'): return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook))
print(abc.get_cache_token() is not None)
print(type(Base).__name__)
class Dyn(abc.ABC):
    pass
Dyn.f = abc.abstractmethod(lambda self: 0)
abc.update_abstractmethods(Dyn)
try:
    Dyn()
except TypeError as e:
    print(e)
print(getattr(abc.abstractmethod(lambda: 0), '__isabstractmethod__'))
