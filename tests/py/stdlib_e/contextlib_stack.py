# contextlib: contextmanager, ExitStack, suppress, redirect, nullcontext, ABCs
import contextlib
import io
import sys
from contextlib import contextmanager, ExitStack, suppress

@contextmanager
def tag(name, log):
    log.append('enter ' + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append('caught %r' % e.args[0])
    finally:
        log.append('exit ' + name)

log = []
with tag('a', log) as t:
    log.append(t)
with tag('b', log):
    raise KeyError('k')
print(log)
print(tag.__name__, tag.__wrapped__.__name__)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def two_yields():
    yield
    yield
try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@tag('deco', log)
def decorated():
    return 'ran'
log.clear()
print(decorated(), decorated(), log)

order = []
with ExitStack() as stack:
    for i in range(3):
        stack.callback(order.append, i)
    stack.push(lambda *exc: order.append('push') or False)
    cm = stack.enter_context(tag('s', order))
    order.append(cm)
print(order)

def raiser(exc):
    def cb(*details):
        raise exc
    return cb
try:
    with ExitStack() as stack:
        stack.push(raiser(ValueError('inner')))
        stack.push(raiser(IndexError('outer')))
        raise KeyError('body')
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise ZeroDivisionError
print('suppressed by stack')

s1 = ExitStack()
s1.callback(print, 'moved callback ran')
s2 = s1.pop_all()
s1.close()
print('after s1.close')
s2.close()
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print('TypeError', e)

with suppress(KeyError, IndexError):
    {}['x']
print('suppressed')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('not suppressed')

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured')
print(repr(buf.getvalue()))
with contextlib.nullcontext(5) as v:
    print(v)

class Closer:
    def close(self):
        print('closed')
with contextlib.closing(Closer()):
    pass

class Manual:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return None
print(issubclass(Manual, contextlib.AbstractContextManager),
      issubclass(int, contextlib.AbstractContextManager),
      isinstance(ExitStack(), contextlib.AbstractContextManager))
