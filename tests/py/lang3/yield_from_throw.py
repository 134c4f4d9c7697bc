# yield from: send, throw and close reach the delegate; return values
def inner():
    try:
        while True:
            got = yield 'inner ready'
            print('inner got', got)
            if got == 'stop':
                return 'inner result'
    except KeyError as e:
        print('inner caught', repr(e))
        yield 'after KeyError'
        return 'inner done after throw'
    finally:
        print('inner finally')
def outer():
    result = yield from inner()
    print('outer got result', result)
    yield 'outer end'
g = outer()
print(next(g))
print(g.send('hello'))
print(g.throw(KeyError('k')))
print(next(g))
g = outer(); next(g)
g.close()
print('closed')
g = outer(); next(g)
print(g.send('stop'))
def delegate_to_list():
    r = yield from [1, 2, 3]
    return r
print(list(delegate_to_list()))
g = delegate_to_list(); next(g)
try:
    g.send('x')
except AttributeError as e:
    print(e)
def thrower_target():
    yield 1
g2 = (lambda: (yield from thrower_target()))()
next(g2)
try:
    g2.throw(ValueError('into list delegate'))
except ValueError as e:
    print('propagated', e)
def nested():
    yield from (yield from ((yield 'level') for _ in range(1)))
n = nested()
print(next(n))
class Iter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration('iter value')
        return self.i
def from_iter():
    v = yield from Iter()
    yield v
print(list(from_iter()))
def stop_in_delegate():
    def sub():
        yield 1
        raise StopIteration('bad')
    yield from sub()
try:
    list(stop_in_delegate())
except RuntimeError as e:
    print(e)
