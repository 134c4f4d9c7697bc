# calls mixing positional, *iterables, keywords and **mappings; their errors
def show(*args, **kwargs):
    return args, kwargs
print(show(1, *[2, 3], 4, *(5,), a=1, **{'b': 2}, c=3, **{'d': 4}))
print(show(*'ab', *range(2)), show(**{}), show(*()))
print(show(*iter([1, 2])), show(*{1: 'x'}), show(**dict(z=1)))
class Mapping:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, key): return key.upper()
print(show(**Mapping()))
for call in [lambda: show(**{'a': 1}, a=2), lambda: show(a=1, **{'a': 2}),
             lambda: show(**{'a': 1}, **{'a': 2}), lambda: show(*5), lambda: show(**5),
             lambda: show(**{1: 2}), lambda: show(**[1])]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
def f(a, b, c=0, *, d=1):
    return a, b, c, d
print(f(*[1, 2]), f(1, *[2], d=5), f(*[1], **{'b': 2, 'd': 3}))
try:
    f(*[1, 2], b=3)
except TypeError as e:
    print(e)
try:
    f(**{'a': 1, 'b': 2, 'e': 3})
except TypeError as e:
    print(e)
print(max(*[3, 1, 2]), '-'.join([*'abc']), dict(**{'x': 1}, y=2))
args = [1, 2]
kwargs = {'sep': '|'}
print(*args, **kwargs)
