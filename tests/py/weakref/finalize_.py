import weakref, gc
class A: pass
a = A()
def cleanup(*args, **kw):
    print('cleanup', args, kw)
    return 'result'
f = weakref.finalize(a, cleanup, 1, 2, k=3)
print(f.alive, f.atexit)
print(f.peek()[1] is cleanup, f.peek()[2])
del a
gc.collect()
print(f.alive, f(), f.peek())
b = A()
g = weakref.finalize(b, cleanup, 'b')
print(g(), g.alive, g())
c = A()
h = weakref.finalize(c, cleanup, 'c')
det = h.detach()
print(det[0] is c, det[2], h.alive, h.detach())
del c
gc.collect()
d = A()
i = weakref.finalize(d, print, 'd gone')
print(repr(i).startswith('<finalize object at 0x'), "for 'A' at" in repr(i))
del d
gc.collect()
print(repr(i).endswith('; dead>'))
