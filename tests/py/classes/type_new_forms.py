class A:
    @property
    def p(self): raise AttributeError('inner')
    def __getattr__(self, n): return 'ga:' + n
print(A().p)
class B:
    def __getattribute__(self, n):
        if n == 'x': raise AttributeError('no x')
        return 5
    def __getattr__(self, n): return 'fallback ' + n
print(B().x, B().y)
import abc
class C(abc.ABC):
    @abc.abstractmethod
    def b(self): pass
    @abc.abstractmethod
    def a(self): pass
try: C()
except TypeError as e: print(e)
class D(metaclass=abc.ABCMeta): pass
print(type(D()).__name__)
print(type(D()).__name__)
class E:
    def __init__(self): raise ValueError('init fail')
try: E()
except ValueError as e: print(e)
class F:
    def __new__(cls): raise KeyError('new fail')
try: F()
except KeyError as e: print(e)
print(type.__new__(type, 'X', (), {}).__name__)
X = type.__new__(type, 'X', (int,), {'a': 1})
print(X(5) + 1, X.a, X.__mro__)
try: type.__new__(type, 'X', (bool,), {})
except TypeError as e: print(e)
try: type('X', (int, str), {})
except TypeError as e: print(e)
try:
    class G(1, 2): pass
except TypeError as e: print(e)
class H:
    def __init_subclass__(cls): raise RuntimeError('no subclassing')
try:
    class I(H): pass
except RuntimeError as e: print(e)
print(type('Q', (), {'__qualname__': 'Outer.Q'}).__qualname__)
try: type('Q', (), {'__qualname__': 5})
except TypeError as e: print(e)
print(type('Q', (), {'__slots__': ('a',)})().__class__.__name__)
print(int.__dict__['__add__'].__objclass__ if hasattr(int.__dict__['__add__'], '__objclass__') else '')
print(repr(int.__dict__['real']), repr(str.__dict__['upper'])[:30])
print(int.__add__(1, 2), int.__dict__['__add__'](1, 2))
try: int.__add__('a', 1)
except TypeError as e: print(e)
print(callable(object.__dict__['__init__']))
print(type(object.__init_subclass__).__name__)
