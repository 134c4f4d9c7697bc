import weakref, gc
class A:
    def __init__(self): self.v = 1
    def m(self): return 'meth'
    def __len__(self): return 3
    def __add__(self, o): return 'add ' + str(o)
    def __radd__(self, o): return 'radd ' + str(o)
    def __getitem__(self, k): return k * 2
    def __iter__(self): return iter([1, 2])
    def __str__(self): return 'A-str'
    def __eq__(self, o): return isinstance(o, A)
    def __lt__(self, o): return True
    def __contains__(self, x): return x == 9
    def __call__(self, x): return ('call', x)
    __hash__ = object.__hash__
a = A()
p = weakref.proxy(a)
print(p.v, p.m(), len(p), p + 1, 1 + p, p[4], list(p), str(p), p == a, p < a, 9 in p)
print(type(p) is weakref.CallableProxyType, p(5), weakref.getweakrefcount(a))
p.w = 7
print(a.w)
del p.w
print(hasattr(a, 'w'))
try:
    hash(p)
except TypeError as e:
    print('TypeError')
class B:
    pass
b = B()
q = weakref.proxy(b)
print(type(q) is weakref.ProxyType, bool(q), weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(repr(q).startswith('<weakproxy at '))
called = []
c = B()
q2 = weakref.proxy(c, lambda x: called.append(type(x).__name__))
del c
gc.collect()
print(called)
try:
    q2.anything
except ReferenceError as e:
    print('ReferenceError', e)
try:
    str(q2)
except ReferenceError as e:
    print('ReferenceError', e)
n = B()
n.num = 5
pn = weakref.proxy(n)
print(pn.num + 1)
