import weakref, gc
class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'K({self.n})'
d = weakref.WeakKeyDictionary()
ks = [K(i) for i in range(4)]
for k in ks:
    d[k] = k.n * 10
print(len(d), d[ks[1]], ks[2] in d, K(9) in d, 5 in d, d.get(ks[3]))
del ks[0], k
gc.collect()
print(len(d), sorted(v for v in d.values()))
del d[ks[0]]
print(len(d), sorted(x.n for x in d.keys()))
print(d.pop(ks[1]), len(d))
print(d.setdefault(ks[1], 'new'), d[ks[1]])
print(repr(d).startswith('<WeakKeyDictionary at'))
e = d.copy()
print(len(e), type(e).__name__)
try:
    d[K(7)]
except KeyError:
    print('KeyError')
try:
    d[1] = 2
except TypeError as e2:
    print(e2)
ks.clear()
gc.collect()
print(len(d), list(d.items()))
