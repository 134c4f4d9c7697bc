def g():
    x = yield 1
    print('got', x)
    try:
        y = yield 2
    except KeyError as e:
        print('caught', repr(e))
        y = yield 'after throw'
    print('y', y)
    return 'done'
it = g()
print(next(it))
print(it.send('hello'))
print(it.throw(KeyError('k')))
try:
    it.send('final')
except StopIteration as e:
    print('stop', e.value, e.args)
it2 = g()
try:
    it2.send(5)
except TypeError as e:
    print(type(e).__name__, e)
def closer():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
c = closer(); next(c); c.close(); print('closed')
c.close()
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield 'no'
b = bad_closer(); next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def stopper():
    yield 1
    raise StopIteration('inside')
try:
    list(stopper())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
t = g()
try:
    t.throw(ValueError('unstarted'))
except ValueError as e:
    print('unstarted throw', e)
print(list(t))
def ret(): 
    return 5
    yield
r = ret()
try:
    next(r)
except StopIteration as e:
    print('value', e.value)
gg = g()
print(gg.gi_running, gg.gi_frame is not None, type(gg).__name__, gg.__name__, gg.__qualname__)
print(iter(gg) is gg)
