# sys.exc_info and __context__ across generators, throw() and close()
import sys
def g():
    try:
        raise KeyError('k')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield repr(sys.exc_info()[1])
    yield sys.exc_info()
it = g()
print(next(it))
try:
    raise ValueError('outer')
except ValueError:
    print(next(it), sys.exc_info()[0].__name__)
print(next(it), sys.exc_info())
def g2():
    yield sys.exc_info()[0]
try:
    raise TypeError
except TypeError:
    print(next(g2()))
def ctx_gen():
    try:
        yield
    except Exception as e:
        print('ctx', repr(e), repr(e.__context__))
        raise RuntimeError('re') 
c = ctx_gen(); next(c)
try:
    try:
        raise IndexError('first')
    except IndexError:
        c.throw(KeyError('thrown'))
except RuntimeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
def reraiser():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('on close')
r = reraiser(); next(r)
try: r.close()
except ValueError as e: print('close raised', e, repr(e.__context__))
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print('exit sees', t.__name__ if t else None)
        return False
def with_gen():
    with CM():
        yield 1
        yield 2
w = with_gen(); next(w)
try: w.throw(KeyError)
except KeyError: print('propagated')
def yield_in_finally():
    try:
        yield 1
    finally:
        yield 'from finally'
y = yield_in_finally(); next(y)
print(y.send(None))
try: next(y)
except StopIteration: print('stopped')
def nested_exc():
    try:
        1/0
    except ZeroDivisionError as e:
        try:
            yield 1
        finally:
            print('inner ctx', type(sys.exc_info()[1]).__name__)
n = nested_exc(); next(n); n.close()
print(sys.exc_info())
