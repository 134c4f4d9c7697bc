# insertion order across deletes and re-inserts; popitem is LIFO; subclass hooks
d = {}
for k in 'abcde':
    d[k] = ord(k)
del d['b']
d['b'] = 0
d['a'] = 'A'
print(list(d), d)
print(d.popitem(), d.popitem(), list(d))
print({1: 1, 2: 2} == {2: 2, 1: 1}, list({2: 2, 1: 1}))
big = {i: i for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], sum(big))
class Logged(dict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)
l = Logged()
l['x'] = 1
l.update(y=2)
l.setdefault('z', 3)
print(l, dict(l), type(l.copy()).__name__)
print(dict.fromkeys(range(3)), list({}.fromkeys('aab')))
print(sorted({'b': 1, 'a': 2}.items()), max({'x': 1, 'y': 2}), min({3: 0, 1: 0}))
e = dict(a=1)
e.update(e)
e |= e
print(e, {**e, 'b': 2}, {**{'a': 0}, **e})
k = list(d.keys())
print(k == list(d), [v for v in d.values()][:2])
