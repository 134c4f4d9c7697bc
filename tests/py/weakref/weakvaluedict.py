import weakref, gc
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'V({self.n})'
d = weakref.WeakValueDictionary()
vs = [V(i) for i in range(5)]
for i, v in enumerate(vs):
    d[i] = v
print(len(d), sorted(d.keys()), d[2], 3 in d, 9 in d, d.get(9, 'dflt'))
del vs[0]
del v
gc.collect()
print(len(d), sorted(d), sorted(d.items(), key=lambda kv: kv[0])[:2])
try:
    d[0]
except KeyError as e:
    print('KeyError', e)
print(d.pop(1), len(d))
print(d.setdefault(2, 'x'), d.setdefault(10, vs[0]))
e = d.copy()
print(type(e).__name__, len(e))
d2 = weakref.WeakValueDictionary({'a': vs[1]}, b=vs[2])
print(sorted(d2.keys()))
del d2['a']
print(list(d2))
print(repr(d).startswith('<WeakValueDictionary at 0x'))
vs.clear()
gc.collect()
print(len(d), list(d.values()))
x = V(99)
d['x'] = x
print(d.popitem())
print(isinstance(d, dict), hasattr(d, 'valuerefs'))
