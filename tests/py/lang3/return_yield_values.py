# return and yield with tuples, stars, None and implicit values
def r1(): return 1, 2
def r2(): return *[1, 2], 3
def r3(): return
def r4(): pass
def r5(): return (yield)
def r6():
    x = yield 1, 2
    yield *[x], 'y'
print(r1(), r2(), r3(), r4())
g = r5(); next(g)
try:
    g.send('sent')
except StopIteration as e:
    print('r5 value', e.value)
g = r6()
print(next(g), g.send('X'))
def gen_return_none():
    yield 1
    return None
try:
    g = gen_return_none(); next(g); next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def gen_return_value():
    yield
    return {'k': 1}
try:
    g = gen_return_value(); next(g); next(g)
except StopIteration as e:
    print(e.value, e.args)
def yield_expr_values():
    a = yield
    b = (yield a) or 'default'
    yield a, b
g = yield_expr_values(); next(g)
print(g.send(1), g.send(None))
def returns_in_finally():
    try:
        return 'try'
    finally:
        print('finally runs before return completes')
print(returns_in_finally())
