# positional, default, keyword-only, *args, **kwargs, positional-only
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{'c': 7, 'z': 8}))
def g(a, b, /, c, *, d):
    return a + b + c + d
print(g(1, 2, 3, d=4), g(1, 2, c=3, d=4))
for call in (lambda: g(1, b=2, c=3, d=4), lambda: g(1, 2, 3, 4), lambda: f(), lambda: f(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
def h(x, y=[]):
    y.append(x)
    return y
print(h(1), h(2))
def kwdefaults(*, a=1, b):
    return a, b
print(kwdefaults(b=2), kwdefaults.__kwdefaults__, h.__defaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, g.__code__.co_posonlyargcount)
print(f.__code__.co_varnames)
def defaults_eval_order():
    out = []
    def d(x):
        out.append(x)
        return x
    def inner(a=d(1), b=d(2), *, c=d(3)):
        pass
    return out
print(defaults_eval_order())
print(f(1, *(2, 3), c=1, **{'q': 1}))
def many(*a, **k): return len(a), sorted(k)
print(many(*range(40), **{str(i): i for i in range(5)}))
print(many(1, 2, *[3], 4, *(5, 6), x=1, **{'y': 2}, z=3))
