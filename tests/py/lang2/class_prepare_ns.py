class LoggingDict(dict):
    def __setitem__(self, k, v):
        if not k.startswith('__'): print('ns set', k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return LoggingDict()
    def __new__(mcls, name, bases, ns):
        print('ns type', type(ns).__name__, '__qualname__' in ns, '__module__' in ns)
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=Meta):
    x = 1
    def f(self): pass
    y = x + 1
print(A.y)
class B:
    print('class body runs', __qualname__, __module__)
    def method(self): return __class__
print(B().method() is B)
class C:
    def get(self): return __class__.__name__
class D(C): pass
print(D().get())
def make():
    class Inside:
        def who(self): return __class__.__qualname__
    return Inside
print(make()().who())
class E:
    __qualname__ = 'Custom.Qual'
print(E.__qualname__)
class F:
    def __init_subclass__(cls, **kw): print('F sub', cls.__name__, kw)
G = type('G', (F,), {}, k=1) if False else None
class H(F, k=1): pass
print(type('T', (), {'a': 1}).a)
try:
    type('T', (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(type(5).__name__, type('x') is str)
