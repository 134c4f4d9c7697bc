# gi_frame, gi_running, gi_code, gi_yieldfrom and their coroutine forms
import sys

def gen():
    x = 1
    yield sys._getframe()
    x = 2
    yield x

g = gen()
print(g.gi_frame is not None, g.gi_frame.f_lineno == gen.__code__.co_firstlineno)
print(g.gi_running, g.gi_code is gen.__code__, g.gi_yieldfrom)
fr = next(g)
print(fr is g.gi_frame, fr.f_locals, fr.f_back)
next(g)
print(g.gi_frame.f_locals)
for _ in g:
    pass
print(g.gi_frame)

def running():
    yield g2.gi_running
    yield sys._getframe().f_back.f_code.co_name
g2 = running()
print(next(g2), next(g2))

def inner():
    yield 1
    yield 2
def outer():
    yield from inner()
o = outer()
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.gi_frame.f_lineno - inner.__code__.co_firstlineno)
o.close()
print(o.gi_yieldfrom, o.gi_frame)

async def coro():
    return 5
c = coro()
print(c.cr_frame is not None, c.cr_running, c.cr_code is coro.__code__, c.cr_await)
try:
    c.send(None)
except StopIteration as e:
    print('done', e.value)
print(c.cr_frame)

async def agen():
    yield 1
a = agen()
print(a.ag_frame is not None, a.ag_running, a.ag_code is agen.__code__)

def closed():
    yield 1
cg = closed()
cg.close()
print(cg.gi_frame)
