# dict methods: get, setdefault, pop, popitem order, copy, clear, keys views
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('d'), d)
print(d.pop('d'), d.pop('z', 'dflt'))
t(lambda: d.pop('z'))
t(lambda: d.pop())
t(lambda: d.get())
print(d.popitem(), d.popitem(), d)
t(lambda: {}.popitem())
c = d.copy()
c['x'] = 1
print(d, c, type(c).__name__)
c.clear()
print(c, len(c))
del d['a']
print(d)
t(lambda: d.__delitem__('a'))
t(lambda: d['missing'])
t(lambda: d[[1]])
t(lambda: {[1]: 2})
t(lambda: d.get([1]))
print(1 in {1: 2}, 2 in {1: 2}, [1] in {} if False else '')
t(lambda: [1] in {})
e = {}
for i in range(10):
    e[i] = i
for i in range(0, 10, 2):
    del e[i]
e[0] = 'new'
print(e, list(e), list(e.values()), list(e.items())[:2])
print(list(reversed(e)), list(reversed(e.keys())), list(reversed(e.values()))[:2], list(reversed(e.items()))[:1])
k = {1: 2}.keys()
print(type(k).__name__, type(iter(k)).__name__, type(reversed(k)).__name__)
print(repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()))
f = {1: 'x'}
f[1.0] = 'y'
f[True] = 'z'
print(f)
