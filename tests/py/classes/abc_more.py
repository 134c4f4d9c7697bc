import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
class B(A):
    def f(self): return 1
    @property
    def p(self): return 2
print(B().f(), B().p, A.__abstractmethods__ == frozenset({'f', 'p'}))
print(isinstance(B(), A), issubclass(B, A), abc.ABCMeta.__name__)
class C(A):
    f = 1
try: C()
except TypeError as e: print(e)
class V(abc.ABC): pass
V.register(list)
print(issubclass(list, V), isinstance([], V), issubclass(tuple, V))
print(V._abc_registry if hasattr(V, '_abc_registry') and False else 'skip')
class W(V): pass
print(issubclass(list, W))
@V.register
class Reg: pass
print(issubclass(Reg, V), V.register(Reg) is Reg)
try: V.register(5)
except TypeError as e: print(e)
class Meta(abc.ABCMeta): pass
class M(metaclass=Meta):
    @abc.abstractmethod
    def g(self): ...
try: M()
except TypeError as e: print(e)
print(abc.abstractmethod.__name__, hasattr(abc, 'abstractclassmethod'), hasattr(abc, 'abstractproperty'))
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator))
class MyMap(cabc.Mapping):
    def __getitem__(self, k): return 1
    def __len__(self): return 0
    def __iter__(self): return iter(())
print(isinstance(MyMap(), dict), MyMap().get('x'), 'x' in MyMap())
class NoAbs(cabc.Sized):
    pass
try: NoAbs()
except TypeError as e: print(e)
class Sz:
    def __len__(self): return 0
print(issubclass(Sz, cabc.Sized), isinstance(Sz(), cabc.Iterable))
