# dict views: set operations, comparisons, len, mapping attribute
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {1: 'a', 2: 'b', 3: 'c'}
b = {2: 'x', 3: 'y', 4: 'z'}
ka, kb = a.keys(), b.keys()
print(ka & kb, ka | kb, ka - kb, ka ^ kb)
print(ka & [1, 9], ka | (7,), ka - {1}, ka ^ {1, 5})
print({1, 9} & ka, [3] | ka if False else '', ka == {1, 2, 3}, ka == [1, 2, 3], ka < {1, 2, 3, 4})
print(ka <= ka, ka > {1}, ka.isdisjoint({7}), ka.isdisjoint([1]))
ia = a.items()
print(ia & {(1, 'a'), (2, 'q')}, ia - {(1, 'a')}, (1, 'a') in ia, (1, 'b') in ia, [1, 'a'] in ia)
t(lambda: ia | {[1]})
print(sorted(ia ^ b.items()))
v = a.values()
print(len(v), 'a' in v, 'q' in v, list(v))
t(lambda: v & v)
t(lambda: v == v)
print(v == a.values(), ka == ka)
print(ka.mapping, type(ka.mapping).__name__, ka.mapping[1])
d = {1: 2}
keys = d.keys()
d[5] = 6
print(keys, len(keys))
def mutate():
    for k in d:
        d[k + 100] = 1
t(mutate)
def mutate2():
    for k in d.values():
        del d[1]
t(mutate2)
g = {1: 1, 2: 2}
def mutate3():
    for k in g.items():
        g.pop(1)
        g[3] = 3
t(mutate3)
