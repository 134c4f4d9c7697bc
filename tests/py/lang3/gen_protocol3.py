# send/throw/close and StopIteration values
def g():
    try:
        x = yield 1
        print('got', x)
        y = yield 2
    except ValueError as e:
        print('caught', e)
        yield 'recovered'
    finally:
        print('cleanup')
it = g()
print(next(it)); print(it.send('hi')); print(it.throw(ValueError('boom')))
try:
    next(it)
except StopIteration as e:
    print('stop', e.value)
it = g()
try:
    it.send(5)
except TypeError as e:
    print(e)
it = g(); next(it); it.close(); print(it.gi_frame)
def ign():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ign(); next(i)
try:
    i.close()
except RuntimeError as e:
    print(e)
def stopper():
    raise StopIteration('x')
    yield
try:
    next(stopper())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
def ret():
    yield 1
    return 'R'
def deleg():
    r = yield from ret()
    print('r=', r)
    return r
print(list(deleg()))
def running():
    gg.send(None)
    yield
gg = running()
try:
    next(gg)
except ValueError as e:
    print(e)
gen = (x * x for x in range(3))
print(next(gen), list(gen), list(gen))
def thrower():
    while True:
        try:
            yield
        except KeyError:
            print('KE')
t = thrower(); next(t); t.throw(KeyError); t.throw(KeyError('a'))
try:
    t.throw(ValueError, ValueError('v'), None)
except ValueError as e:
    print('VE', e)
print(t.gi_frame)
def sub():
    x = yield 'a'
    print('sub got', x)
    return 'subret'
def top():
    v = yield from sub()
    yield v
tt = top(); print(next(tt)); print(tt.send('S'))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
def dl():
    yield from It()
print(list(dl()))
def thr_deleg():
    try:
        yield from thrower()
    finally:
        print('deleg fin')
td = thr_deleg(); next(td); td.throw(KeyError); td.close()
def genexit():
    try:
        yield
    finally:
        return 5
ge = genexit(); next(ge); print(ge.close())
def lazy():
    print('start')
    yield
l = lazy(); print('created'); next(l)
def gs():
    yield from [1, 2]
    yield from 'ab'
print(list(gs()))
def geninfo():
    yield (yield)
gi = geninfo(); next(gi); print(gi.send(7))
def retval():
    return (yield)
r = retval(); next(r)
try:
    r.send([1, 2])
except StopIteration as e:
    print(e.value, e.args)
def tup_ret():
    yield
    return (1, 2)
tr = tup_ret(); next(tr)
try:
    next(tr)
except StopIteration as e:
    print(e.value, e.args)
print(next(iter(lambda: 1, 2)))
def gen_after_exc():
    yield 1
    raise ValueError('late')
ga = gen_after_exc(); next(ga)
try:
    next(ga)
except ValueError as e:
    print(e)
try:
    next(ga)
except StopIteration:
    print('exhausted after error')
