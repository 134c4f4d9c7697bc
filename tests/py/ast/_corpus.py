# The program every syntax form is in: shared by dump_corpus.py and unparse.py.
src = '''
import os, sys as s
from . import x
from ..a.b import (c as d, e)
@dec(1)
async def f(a, /, b: int = 2, *args, c, d=3, **kw) -> None:
    """doc"""
    global g
    x = y = 1 + 2 * -3 ** 4
    x += 1
    z: int = 5
    del x[0], y.a
    async for i in range(10):
        await q
    async with a as (b, c), d:
        pass
    return [i for i in x if i if not i], {k: v for k, v in y}, {s for s in t}, (g for g in h)
class C(B, metaclass=M):
    def m(self): yield; yield 1; yield from x
while a and b or c:
    break
else:
    continue
if a < b <= c is not d not in e:
    pass
elif x: ...
else: raise E from F
try:
    pass
except (A, B) as e:
    pass
except C:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* A:
    pass
with open(f) as g: pass
assert x, "m"
lambda x, *y, z=1, **k: (x, y)
f"a{b!r:>{w}} {c=}" 'x' u"u" r'r'; b'b'
x = a if b else c
x[1:2, ::3, ...]
(y := 10)
match p:
    case 1 | 2: pass
    case [a, *rest]: pass
    case {"k": v, **r}: pass
    case Point(x=0, y=_) as pt if pt: pass
    case None | True: pass
    case -1 | 1+2j | "s": pass
    case _: pass
nonlocal_ = 0x10000000000000000000 + 1.5e3 + 3j
a.b.c = {1: 2, **d}
f(*a, **k, x=1)
'''
