import weakref, gc
# weakrefs to various built-in kinds
def f(): pass
class C:
    def m(self): pass
objs = {'function': f, 'class': C, 'set': {1}, 'frozenset': frozenset([1]),
        'bound method': C().m, 'module': gc, 'generator': (x for x in [])}
for name, o in objs.items():
    r = weakref.ref(o)
    print(name, r() is o)
for bad in [1, 1.5, 'x', b'x', (), [], {}, None, True, object(), range(1), slice(1)]:
    try:
        weakref.ref(bad)
        print('allowed', type(bad).__name__)
    except TypeError as e:
        print(e)
class WithSlots:
    __slots__ = ('a',)
try:
    weakref.ref(WithSlots())
except TypeError as e:
    print(e)
class WithWeakSlot:
    __slots__ = ('a', '__weakref__')
w = WithWeakSlot()
rw = weakref.ref(w)
print(rw() is w, w.__weakref__ is rw)
class IntSub(int): pass
try:
    weakref.ref(IntSub(1))
except TypeError as e:
    print(e)
class StrSub(str): pass
ss = StrSub('a')
print(weakref.ref(ss)() == 'a')
try:
    class Bad(int):
        __slots__ = ('__weakref__',)
except TypeError as e:
    print(e)
class Child(WithSlots):
    pass
print(weakref.ref(Child()) is not None)
