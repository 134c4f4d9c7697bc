def inner():
    try:
        x = yield 'i1'
        print('inner got', x)
        yield 'i2'
    except ValueError as e:
        print('inner caught', e)
        yield 'i-after-throw'
    finally:
        print('inner finally')
    return 'inner result'
def outer():
    r = yield from inner()
    print('outer got result', r)
    yield 'o-end'
o = outer()
print(next(o))
print(o.send('S'))
print(o.throw(ValueError('T')))
print(next(o))
try:
    next(o)
except StopIteration:
    print('outer done')
o2 = outer(); next(o2)
o2.close()
print('closed o2')
def deleg_list():
    yield from [1, 2]
    yield from 'ab'
    yield from range(2)
print(list(deleg_list()))
def subret():
    yield 1
    return 'sub'
def chain():
    a = yield from subret()
    b = yield from subret()
    return a + b
def run(gen):
    try:
        while True:
            print('yielded', next(gen))
    except StopIteration as e:
        print('returned', e.value)
run(chain())
def nothrow():
    yield 1
def thrower():
    yield from nothrow()
t = thrower(); next(t)
try:
    t.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', e)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration
        return self.n
def from_iter():
    yield from It()
print(list(from_iter()))
def sendto():
    yield from It()
s = sendto(); next(s)
try:
    s.send(1)
except AttributeError as e:
    print(type(e).__name__, e)
