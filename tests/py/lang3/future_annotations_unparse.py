# from __future__ import annotations: annotations are unparsed expressions
from __future__ import annotations
def f(a: list[int],  b: 'str' = 1, *c: dict[str,   int], d: (1+2)*3 | None = None, **e: lambda x: x) -> tuple[int, ...]: pass
print(f.__annotations__)
class C:
    x: Optional[ int ]
    y: a.b.c[d:e, ...] = 1
    z: {1: 2, **k}
    w: [i for i in  range(3) if i]
    v: f"{x!r:>{w}}"
    u: -x ** 2 + ~y
    t: (yield)
print(C.__annotations__)
