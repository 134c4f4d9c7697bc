import weakref, gc
class A:
    pass
a = A()
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a), weakref.ref(a) is r, type(r).__name__, type(r))
print(weakref.getweakrefs(a) == [r], a.__weakref__ is r)
print(repr(r).startswith('<weakref at 0x'), "; to 'A' at 0x" in repr(r))
print(r == weakref.ref(a), hash(r) == hash(a))
del a
gc.collect()
print(r(), repr(r).endswith('; dead>'))
print(weakref.ReferenceType is weakref.ref)
for v in [1, 'x', (), [], {}, None, 1.5, object()]:
    try:
        weakref.ref(v)
    except TypeError as e:
        print(e)
def f(): pass
s1 = {1}
print(weakref.ref(f)() is f, weakref.ref(int)() is int, weakref.ref(s1)() == {1})
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
r2 = weakref.ref(f)
print('(f)' in repr(r2))
try:
    weakref.ref()
except TypeError as e:
    print(e)
try:
    r2(1)
except TypeError as e:
    print(e)
print(r2.__callback__)
