class A:
    """Adoc"""
print(A.__doc__, int.__name__, int.__qualname__, int.__module__)

print(type.__name__, type.__module__, type(type).__name__)
print(A.__flags__ & (1 << 9) != 0 if hasattr(A, '__flags__') else 'noflags')
print(A.__basicsize__ > 0 if hasattr(A, '__basicsize__') else 'nobasic')
print(type(A.__dict__['__dict__']).__name__, type(A.__dict__['__weakref__']).__name__)
print(A.__dict__['__module__'], A.__dict__['__doc__'])
print(int.__dict__['__add__'].__name__, type(int.__dict__['__add__']).__name__)
print(type.__dict__['__dict__'].__name__ if hasattr(type.__dict__['__dict__'], '__name__') else '')
print(sorted(set(['__module__', '__dict__', '__weakref__', '__doc__']) - set(A.__dict__)))
print(A.__mro__, A.__base__)
print(type.__base__, type.__mro__)
import sys
print(type(sys).__name__)
class B:
    __module__ = 'custom'
print(B.__module__, repr(B))
print(type.mro(A))
try:
    type.mro()
except TypeError as e:
    print(e)
print(A.__text_signature__ if hasattr(A, '__text_signature__') else 'nosig')
try:
    A.__dict__.x = 1
except AttributeError as e:
    print(e)
print(len(A.__dict__) >= 4, list(A.__dict__)[:2], A.__dict__.keys() == A.__dict__.copy().keys())
print('__doc__' in A.__dict__, A.__dict__ == dict(A.__dict__))
mp = type(A.__dict__)
print(mp.__name__, mp({'a': 1})['a'])
try:
    mp(1)
except TypeError as e:
    print(e)
print(repr(mp({'a': 1})))
print(mp({'a': 1}) | {'b': 2})
print(list(reversed(mp({'a': 1, 'b': 2}))))
