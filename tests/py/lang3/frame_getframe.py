# sys._getframe and frame object attributes
import sys

def here():
    return sys._getframe()

def caller_name():
    return sys._getframe(1).f_code.co_name

def outer():
    return caller_name()

print(outer())
f = here()
print(type(f).__name__, f.f_code.co_name, f.f_code is here.__code__)
print(f.f_globals is globals(), f.f_builtins is __builtins__.__dict__)
print(f.f_back.f_code.co_name, f.f_back.f_back)
print(f.f_trace)
f.f_trace = print
print(f.f_trace is print)
print(f.f_lasti >= 0, isinstance(f.f_lineno, int))

def lines():
    a = sys._getframe().f_lineno
    b = sys._getframe().f_lineno
    return b - a
print(lines())

def with_locals(x, y=2):
    z = x + y
    def inner():
        return z
    return sys._getframe().f_locals
print(sorted(with_locals(1)))

mod = sys._getframe()
print(mod.f_code.co_name, mod.f_locals is globals(), mod.f_back)
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys._getframe('x')
except TypeError as e:
    print(type(e).__name__)

def depth(n):
    if n == 0:
        k = 0
        fr = sys._getframe()
        while fr is not None:
            k += 1
            fr = fr.f_back
        return k
    return depth(n - 1)
print(depth(5) - depth(0))

class C:
    name = sys._getframe().f_code.co_name
    loc = 'name' in sys._getframe().f_locals
print(C.name, C.loc)
print([sys._getframe().f_code.co_name for _ in range(1)])
print(repr(f).startswith('<frame at 0x'), "code here>" in repr(f))
