# unparsed annotations: operators, precedence, literals, comprehensions
from __future__ import annotations
class C:
    a: 0x10 + 1e10 + 1_000 + 2j + 1.5
    b: "it's" + 'say "hi"' + b'x'
    c: x if y else z
    d: lambda a, b=1, *c, d, **e: a
    e: not a and b or c
    f: a < b <= c is not d not in e
    g: {k: v for k, v in x} | {a for a in b}
    h: (a, b) + (c,) + ()
    i: x[1:2, ::3, ...]
    j: *a if False else b
    k: a @ b // c % d << e >> f & g ^ h | i
    l: (a := 1)
    m: f(a, *b, c=d, **e)
    n: 1 + (2 + 3) * 4 ** -5 ** 6
    o: (-1) ** 2
    p: await x
    q: a.b().c[d]
    r: [*a, *b]
    s: None and True or ... 
print(C.__annotations__)
