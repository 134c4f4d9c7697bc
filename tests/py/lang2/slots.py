class I:
    __slots__ = ('a',)
i = I()
try:
    i.a
except AttributeError as e:
    print(type(e).__name__, e)
i.a = 1
print(i.a, hasattr(i, '__dict__'))
try:
    i.b = 1
except AttributeError as e:
    print(type(e).__name__, e)
del i.a
try:
    del i.a
except AttributeError as e:
    print(type(e).__name__, e)
class S(I):
    __slots__ = ['b']
s = S(); s.a = 1; s.b = 2
print(s.a, s.b, type(I.__dict__['a']).__name__)
class WithDict(I):
    pass
w = WithDict(); w.z = 3
print(w.z, w.__dict__)
try:
    class J:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print(type(e).__name__, e)
class K:
    __slots__ = 'single'
k = K(); k.single = 's'; print(k.single)
class L:
    __slots__ = ('x', '__dict__')
l = L(); l.x = 1; l.y = 2
print(l.x, l.y)
