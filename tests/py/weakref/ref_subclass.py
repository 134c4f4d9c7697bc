import weakref, gc
class A: pass
a = A()
r = weakref.ref(a)
print(weakref.ref(a, None) is r)
class R(weakref.ref):
    pass
rr = R(a)
print(type(rr).__name__, rr() is a, rr is not r, weakref.getweakrefcount(a))
class R2(weakref.ref):
    def __init__(self, ob, callback=None, extra=None):
        super().__init__(ob, callback)
        self.extra = extra
    def __new__(cls, ob, callback=None, extra=None):
        return super().__new__(cls, ob, callback)
r2 = R2(a, None, 5)
print(r2.extra, r2() is a)
print(weakref.ref(a) == weakref.ref(a), hash(weakref.ref(a)) == hash(a))
d = {weakref.ref(a): 1}
print(d[weakref.ref(a)])
try:
    weakref.ref(a, 1, 2)
except TypeError as e: print(e)
try:
    weakref.ref(a, callback=None)
except TypeError as e: print(e)
p = weakref.proxy(a)
print(weakref.proxy(a) is p if False else 'skip')
s = weakref.WeakSet()
print(repr(s)[:8] if False else 'skip', len(s))
del a
gc.collect()
print(r(), rr(), r2())

print(weakref.ref(int) == weakref.ref(int))
print(weakref.ref[int])
