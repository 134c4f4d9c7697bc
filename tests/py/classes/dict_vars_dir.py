class A:
    'doc of A'
    x = 1
    def m(self): pass
d = A.__dict__
print(type(d).__name__, d['x'], 'm' in d, d.get('zz', 'no'))
try:
    d['x'] = 2
except TypeError as e:
    print(e)
try:
    A.__dict__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
a = A()
a.y = 2
print(a.__dict__, vars(a))
a.__dict__ = {'z': 3}
print(a.z)
try:
    a.__dict__ = 5
except TypeError as e:
    print(e)
try:
    vars(1)
except TypeError as e:
    print(e)
print(sorted(k for k in vars(A) if not k.startswith('__')))
print(A.__doc__, A.__module__, A.__name__, A.__qualname__)
class Outer:
    class Inner:
        class Deep: pass
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer.Inner.__name__)
def f():
    class Local: pass
    return Local
print(f().__qualname__)
print([n for n in dir(a) if not n.startswith('__')])
class D:
    def __dir__(self): return ['b', 'a', 'c']
print(dir(D()))
class E:
    def __dir__(self): return 5
try:
    dir(E())
except TypeError as e:
    print(e)
print(dir(A) == sorted(dir(A)), '__init__' in dir(A), '__class__' in dir(a))
print('mro' in dir(type), 'mro' in dir(A))
class B2(A):
    def n(self): pass
print([n for n in dir(B2) if not n.startswith('__')])
class NoDoc: pass
print(NoDoc.__doc__)
A.__qualname__ = 'Renamed'
print(A.__qualname__, repr(A))
A.__name__ = 'A2'
print(A.__name__, repr(A))
try:
    A.__name__ = 5
except TypeError as e:
    print(e)
A.__module__ = 'mymod'
print(repr(A))
A.__doc__ = 'new'
print(A.__doc__)
print(str.__dict__['upper'] is str.upper if False else type(str.__dict__['upper']).__name__)
print(dict(vars(NoDoc)).keys() >= {'__module__', '__dict__', '__weakref__', '__doc__'})
print(list(vars(NoDoc)))
