import weakref, gc
class A:
    pass
log = []
a = A()
def cb(wr):
    log.append(('cb', wr() is None, wr is r))
r = weakref.ref(a, cb)
print(r.__callback__ is cb, weakref.getweakrefcount(a))
r_plain = weakref.ref(a)
print(r_plain is not r, weakref.getweakrefcount(a))
del a
gc.collect()
print(log, r.__callback__)
b = A()
r1 = weakref.ref(b, lambda w: print('cb1'))
r2 = weakref.ref(b, lambda w: print('cb2'))
del b
gc.collect()
c = A()
r3 = weakref.ref(c, lambda w: print('not called'))
del r3
del c
gc.collect()
d = A()
def bad(w):
    raise ValueError('in callback')
r4 = weakref.ref(d, bad)
del d
gc.collect()
print('still running')
