def f(*a, **k): return a, sorted(k.items())
print(f(*[1, 2], *(3,), 4, *'ab'))
print(f(**{'a': 1}, **{'b': 2}, c=3))
print(f(1, *[2], x=1, **{'y': 2}))
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
print([*range(3), *'xy'], (*[1], 2), {*[1, 2], 3} == {1, 2, 3})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
print(*[1, 2, 3], sep='-')
a, *b = *range(3), 9
print(a, b)
try:
    print(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
class M:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
print(f(**M()), {**M()})
print(dict(**{'x': 1}))
