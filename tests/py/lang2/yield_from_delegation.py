class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        return self.i
    def close(self): print('It.close called')
    def throw(self, *a): print('It.throw called', a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__); return 'thrown-value'
def deleg():
    r = yield from It()
g = deleg()
print(next(g), next(g))
print(g.throw(KeyError))
g.close()
class NoClose:
    def __iter__(self): return self
    def __next__(self): return 1
def d2():
    yield from NoClose()
h = d2(); next(h)
try:
    h.throw(ValueError('v'))
except ValueError as e:
    print('propagated', e)
h2 = d2(); next(h2); h2.close(); print('closed without close()')
def inner():
    try:
        yield 1
    except GeneratorExit:
        print('inner got GeneratorExit')
        raise
def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print('outer got GeneratorExit')
        raise
o = outer(); next(o); o.close()
def inner_ret():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored'
def outer2():
    v = yield from inner_ret()
    print('outer2 got', v)
    yield 2
o2 = outer2(); next(o2)
o2.close()
print('o2 closed')
def stopiter_value():
    yield 1
    return StopIteration('x')
def w():
    r = yield from stopiter_value()
    print('r is', type(r).__name__)
list(w())
def yf_send():
    x = yield from acc()
    yield x
def acc():
    total = 0
    while True:
        v = yield total
        if v is None: return total
        total += v
s = yf_send(); next(s)
s.send(1); s.send(2)
print(s.send(None))
def gen_throw_after_done():
    yield 1
gd = gen_throw_after_done(); list(gd)
try:
    gd.throw(ValueError('late'))
except ValueError as e:
    print('late throw raises', e)
print(gd.send(None) if False else 'ok')
