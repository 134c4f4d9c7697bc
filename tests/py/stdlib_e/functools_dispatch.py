# functools: singledispatch (classes, ABCs, unions, annotations),
# singledispatchmethod, partial, partialmethod, total_ordering
import collections.abc as abc
import functools
from functools import singledispatch, singledispatchmethod, partial, partialmethod

@singledispatch
def describe(x):
    return 'object'

@describe.register
def _(x: int):
    return 'int'

@describe.register(list)
def _(x):
    return 'list'

@describe.register
def _(x: float | complex):
    return 'number'

@describe.register(abc.Mapping)
def _(x):
    return 'mapping'

@describe.register(abc.Sized)
def _(x):
    return 'sized'

class MyMap(abc.Mapping):
    def __getitem__(self, k): raise KeyError(k)
    def __iter__(self): return iter(())
    def __len__(self): return 0

for value in (1, True, 2.5, 3j, [1], {}, MyMap(), 'str', set(), object()):
    print(type(value).__name__, describe(value))
print(describe.dispatch(bool).__name__, sorted(k.__name__ for k in describe.registry))
try:
    describe()
except TypeError as e:
    print('TypeError', e)
try:
    describe.register(1, lambda x: x)
except TypeError as e:
    print('TypeError', e)

class Frob:
    @singledispatchmethod
    def go(self, arg):
        return 'default'
    @go.register
    def _(self, arg: int):
        return 'int %d' % arg
    @go.register(str)
    def _(self, arg):
        return 'str ' + arg
f = Frob()
print(f.go(1), f.go('s'), f.go(1.0))

p = partial(int, base=2)
print(p('101'), p.func is int, p.args, p.keywords, repr(p))
pp = partial(p, '111')
print(pp(), pp.func is int, pp.args)

class Cell:
    def set(self, state, value=None):
        return (state, value)
    on = partialmethod(set, True)
    off = partialmethod(set, False, value=0)
c = Cell()
print(c.on(), c.off(), Cell.on(c, 5))
print(repr(Cell.__dict__['off']).startswith('functools.partialmethod(<function Cell.set'))

@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), V.__le__.__name__)

@functools.lru_cache(maxsize=2)
def sq(n):
    return n * n
print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info())
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(max, [], 7))
key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key, reverse=True))
