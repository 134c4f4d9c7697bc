def g():
    yield 1
    raise ValueError('from gen')
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print('caught', e)
try:
    next(it)
except StopIteration:
    print('finished after exception')
def h():
    try:
        yield 1
    except ValueError:
        print('h handled')
    yield 2
x = h()
next(x)
print(x.throw(ValueError))
def ctx_in_gen():
    class CM:
        def __enter__(self): print('enter'); return self
        def __exit__(self, *a): print('exit', a[0].__name__ if a[0] else None); return False
    with CM():
        yield 'in with'
c = ctx_in_gen()
print(next(c))
try:
    c.throw(KeyError('k'))
except KeyError:
    print('propagated KeyError')
c2 = ctx_in_gen(); next(c2); c2.close()
def exc_state():
    try:
        raise KeyError('outer')
    except KeyError:
        yield 1
        import sys
        print('inside gen exc:', repr(sys.exc_info()[1]))
e = exc_state()
next(e)
import sys
print('outside gen exc:', sys.exc_info()[1])
try:
    next(e)
except StopIteration:
    pass
def throw_type():
    yield
t = throw_type(); next(t)
try:
    t.throw(TypeError, 'msg')
except TypeError as err:
    print('throw(type, val):', err)
t = throw_type(); next(t)
try:
    t.throw(TypeError('x'), 'bad')
except TypeError as err:
    print(type(err).__name__, err)
def catch_all():
    while True:
        try:
            yield
        except Exception as ex:
            print('got', type(ex).__name__)
ca = catch_all(); next(ca)
ca.throw(IndexError); ca.throw(KeyError)
ca.close(); print('closed ca')
