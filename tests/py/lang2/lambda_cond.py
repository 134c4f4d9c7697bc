f = lambda: 1
print(f(), f.__name__, (lambda x, y=2, *a, k=3, **kw: (x, y, a, k, kw))(1, k=4, z=5))
print((lambda: (yield))().__class__.__name__)
print([(lambda n: n * i)(2) for i in range(3)])
add = lambda a: lambda b: a + b
print(add(1)(2))
x = 5
print('big' if x > 3 else 'small', 'a' if 0 else 'b' if 0 else 'c')
print((lambda: 'yes')() if x else None)
def side(v):
    print('side', v); return v
print(side(1) if side(0) else side(2))
print(1 if True else 1 / 0)
print(lambda: 0 if True else 1)() if False else 'skip'
g = lambda *, k: k
print(g(k=9))
h = lambda a, /, b: (a, b)
print(h(1, b=2))
print((lambda: None).__qualname__)
def outer():
    return lambda: 0
print(outer().__qualname__)
print(sorted([3, 1, 2], key=lambda v: -v))
