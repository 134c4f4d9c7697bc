from functools import lru_cache, cache, cached_property

@lru_cache(maxsize=2)
def f(x):
    print('compute', x)
    return x * 2

f(1); f(1); f(2); f(3); f(1)
print(f.cache_info(), f.__name__)
info = f.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
f.cache_clear()
print(f.cache_info())

@lru_cache
def g(x):
    return x
g(1); g(1)
print(g.cache_info())

@lru_cache(typed=True)
def h(x):
    print('h', repr(x))
    return x
h(1); h(1.0); h(1)
print(h.cache_info())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

class C:
    @cached_property
    def v(self):
        print('calc')
        return 5
c = C()
print(c.v, c.v, c.__dict__)
print(type(C.v).__name__)
