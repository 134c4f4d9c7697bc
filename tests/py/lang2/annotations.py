def f(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool: pass
print(f.__annotations__)
x: int = 5
y: 'later'
print(__annotations__)
class C:
    a: int
    b: str = 'b'
    c: list[int] = []
print(C.__annotations__)
def g():
    z: int = 1
    w: str
    return z
print(g(), g.__annotations__)
class D:
    pass
d = D()
d.attr: int = 3
print(d.attr)
lst = [0]
lst[0]: int = 9
print(lst)
def noann(): pass
print(noann.__annotations__)
def side():
    print('evaluated'); return int
v: side() = 1
print(v)
(p): int = 4
print(p, 'p' in __annotations__)
