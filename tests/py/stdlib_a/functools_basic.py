import functools
from functools import (reduce, partial, lru_cache, cache, cached_property,
                       total_ordering, cmp_to_key, singledispatch, wraps)

print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, [], 7))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)

p = partial(int, base=2)
print(p('101'), p.func is int, p.args, p.keywords)
p2 = partial(partial(max, 1), 5)
print(p2.args, p2(3))
print(repr(partial(max, 1, key=abs)))
try:
    partial(1)
except TypeError as e:
    print(type(e).__name__, e)

def deco(fn):
    @wraps(fn)
    def w(*a):
        return fn(*a)
    return w

@deco
def hello():
    "doc"
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
