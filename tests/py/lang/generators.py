def gen():
    yield 1
    x = yield 2
    print("got", x)
    yield from [3, 4]
    r = yield from sub()
    print("sub returned", r)
    return 5
def sub():
    yield 'a'
    return 'r'
g = gen()
print(next(g), next(g), g.send('sent'), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(list(gen()))
def genexp_scope():
    x = 10
    return list(i + x for i in range(3))
print(genexp_scope())
ge = (i * i for i in range(4))
print(type(ge).__name__, ge.__name__, ge.__qualname__, sum(ge))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
c = closing()
next(c)
c.close()
def yield_in_expr():
    x = (yield) + 1
    yield x
y = yield_in_expr()
next(y)
print(y.send(41))
lg = lambda: (yield 1)
print(list(lg()))
def gen_flags(): yield
print(gen_flags.__code__.co_flags & 0x20 != 0)
