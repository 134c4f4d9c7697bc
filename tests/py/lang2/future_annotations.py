from __future__ import annotations
x: int|None
y: List[ int ]
z: "q"
w: (a,b)
v: a  .  b
u: 1+2*3
s: {1:2, **k}
r: not a
q: a if b else c
p: -x**2
o: [*a]
m: 1.5e3
n: (1+2)*3
k: Callable[[int,str],None]
j: dict[str,tuple[int,...]]
i: a<b<=c is not d
h: f(x, *y, k=1, **z)
g: 1 .real
e: (x,)
d: a[1:2, ::3]
print(__annotations__)
def fn(a: int=1, *b: Tuple[int], c: 'C'|None=None, **d: Any) -> Dict[str,int]: pass
print(fn.__annotations__)
class C:
    attr: ClassVar[list[C]] = []
print(C.__annotations__)
srcs = ['def f():\n    def g(a: (x := 1)): pass', 'def f():\n    x: (yield) = 1',
        'async def f():\n    def g(a: (await b)): pass', 'def f() -> (yield from x): pass']
for src in srcs:
    try:
        compile('from __future__ import annotations\n' + src, '<t>', 'exec')
        print('OK')
    except SyntaxError as e:
        print(e.msg, e.lineno)
