# a frame object outlives its frame: f_back, f_lineno and f_locals stay readable
import sys
def leaf(n):
    marker = n * 3
    return sys._getframe()
def mid():
    return leaf(2)
fr = mid()
print(fr.f_code.co_name, fr.f_locals, fr.f_lineno - leaf.__code__.co_firstlineno)
print(fr.f_back.f_code.co_name, fr.f_back.f_back.f_code.co_name)
print(fr.f_back.f_lineno - mid.__code__.co_firstlineno)
frames = []
def collect(depth):
    frames.append(sys._getframe())
    if depth:
        collect(depth - 1)
collect(3)
print([f.f_locals['depth'] for f in frames], [f.f_back is g for f, g in zip(frames[1:], frames)])
def gen():
    a = 1
    yield
    a = 2
    yield
g = gen()
next(g)
gf = g.gi_frame
next(g)
print(gf.f_locals, gf is g.gi_frame)
for _ in g:
    pass
print(g.gi_frame, gf.f_locals, gf.f_back)
def raiser():
    secret = 'kept'
    raise RuntimeError
try:
    raiser()
except RuntimeError as e:
    tbf = e.__traceback__.tb_next.tb_frame
print(tbf.f_code.co_name, tbf.f_locals, tbf.f_back.f_code.co_name)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)
fr.clear()
print(fr.f_locals)
