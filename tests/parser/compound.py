if a:
    pass
elif b:
    x = 1
elif c: y = 2
else:
    z = 3

while x > 0:
    x -= 1
    if x == 5: break
    continue
else:
    done()

for i in range(10):
    print(i)
else:
    pass

for a, (b, c) in items: pass
for *rest, last in seqs: pass
for x.y in z: pass

with open(f) as fh:
    data = fh.read()
with a as b, c as (d, e), f:
    pass
with (a as b, c as d):
    pass
with (a, b):
    pass
with (yield):
    pass
with (a):
    pass

try:
    risky()
except ValueError:
    handle()
except (TypeError, KeyError) as e:
    raise RuntimeError("bad") from e
except:
    raise
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, OSError):
    pass

def f():
    return

def g(a, b=1, *args, c, d=2, **kwargs) -> int:
    """doc"""
    return a + b

def h(a, b, /, c, *, d):
    yield a
    yield
    x = yield from b
    nonlocal_thing = (yield c)

def k(*, a=1, b): pass
def m(a=1, /, b=2, *c, **d): pass
def n(a: int, *args: str, b: float = 1.0, **kw: dict) -> None: pass

@decorator
@decorator.with_args(1, 2)
def decorated(self):
    global counter
    def inner():
        nonlocal counter
    return inner

class A: pass

class B(A, metaclass=M, **kw):
    x = 1
    def method(self): return self.x

@dataclass
class C(Generic[T]):
    field: int = 0

async def coro():
    await something()
    async for x in aiter():
        pass
    async with lock as l, other:
        pass
    result = [x async for x in agen()]
    return await (await f())

import os
import os.path as osp, sys
import a.b.c
from os import path
from os.path import join as j, split
from . import sibling
from .. import parent
from ...pkg.mod import (a, b as c,)
from .mod import *
from .... import x

raise
return_value = lambda: 0
