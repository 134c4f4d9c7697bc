# class attribute lookups and special method lookup bypassing instance
class C:
    def __len__(self): return 5
c = C()
c.__len__ = lambda: 10
print(len(c), c.__len__())
class D:
    pass
d = D()
d.__add__ = lambda o: 'inst'
try:
    d + 1
except TypeError as e:
    print(e)
# __getattr__ not used for dunder lookup
class G:
    def __getattr__(self, n): return lambda *a: 'ga'
try:
    len(G())
except TypeError as e:
    print(e)
print(G().anything())
# type attribute vs metaclass attribute
class M(type):
    x = 'meta x'
class K(metaclass=M): pass
print(K.x)
try:
    K().x
except AttributeError as e:
    print(e)
# data descriptor on metaclass beats class dict
class MD(type):
    @property
    def p(cls): return 'meta property'
class KK(metaclass=MD):
    p = 'class attr'
print(KK.p, KK().p)
# __class__ assignment
class A1: 
    def who(self): return 'A1'
class A2:
    def who(self): return 'A2'
a = A1(); a.__class__ = A2; print(a.who(), type(a).__name__)
try:
    a.__class__ = int
except TypeError as e:
    print(e)
# __dict__ assignment
class Z: pass
z = Z(); z.__dict__ = {'q': 1}; print(z.q)
# instance method binding of builtins
print(str.upper('ab'), list.__len__([1, 2]), dict.get({'a': 1}, 'a'))
f = 'abc'.upper; print(f())
print(int.__dict__['__add__'].__name__ if '__add__' in int.__dict__ else 'no')
# object.__eq__ etc
print(object.__eq__(1, 1), object.__ne__(1, 2), object().__eq__(5))
print(object.__lt__(1, 2) if hasattr(object, '__lt__') else None)
print(type.__name__, type(type).__name__, type.__class__)
print(C.__dict__['__len__'].__qualname__)
