# Dicts changed in every way, read back after each change.
d = {}
for k in ['a', 'b', 'c']:
    d[k] = len(d)
print(d)
d.update(b=10, z=26)
print(d, d.pop('a'), d.setdefault('y', 25), d)
print(d.popitem(), d)
e = d.copy()
d.clear()
print(d, e, d == e)
e |= {'q': 1}
print(e, e.get('q'), e.get('nope', 'dflt'))
keys = [str(i) for i in range(50)]
f = dict.fromkeys(keys, 0)
for k in keys[::2]:
    del f[k]
print(len(f), list(f)[:3])
for k in keys[::2]:
    f[k] = 1
print(len(f), list(f)[-3:])
g = {i: i for i in range(10)}
g[1.0] = 'float one'
g[True] = 'true'
print(g[1], len(g))
class Ns:
    pass
n = Ns()
for i in range(20):
    setattr(n, 'a%d' % i, i)
print(sorted(vars(n).items())[:3], n.a19)
del n.a0
print(hasattr(n, 'a0'), len(vars(n)))
