import weakref, gc
class A:
    def m(self): return 'm of A'
a = A()
wm = weakref.WeakMethod(a.m)
print(wm()(), type(wm()).__name__, wm() == a.m)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
wm2 = weakref.WeakMethod(a.m)
print(wm == wm2, wm != wm2, hash(wm) == hash(wm2))
called = []
wm3 = weakref.WeakMethod(a.m, lambda r: called.append(r is wm3))
del a
gc.collect()
print(wm(), called)
print(isinstance(wm, weakref.ref))
