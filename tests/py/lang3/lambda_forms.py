# lambda: defaults, keyword-only, varargs, closures, names and errors
f = lambda x, y=2, *a, z=3, **k: (x, y, a, z, k)
print(f(1), f(1, 5, 6, 7, z=0, w=9))
print((lambda: 'no args')(), (lambda *a: a)(), (lambda **k: k)(a=1))
print((lambda a, /, b: (a, b))(1, b=2))
print(f.__name__, f.__qualname__, (lambda: 0).__code__.co_name)
adders = [lambda v, n=n: v + n for n in range(3)]
print([g(10) for g in adders])
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print((lambda x: (lambda y: x + y))(1)(2))
try:
    (lambda x: x)()
except TypeError as e:
    print(e)
try:
    (lambda *, k: k)(1)
except TypeError as e:
    print(e)
cond = lambda n: 'even' if n % 2 == 0 else 'odd'
print(cond(3), cond(4))
print((lambda: (yield 1))().__class__.__name__)
rec = lambda n: 1 if n <= 1 else n * rec(n - 1)
print(rec(5))
