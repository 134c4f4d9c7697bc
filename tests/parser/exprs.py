l = [1, 2, 3,]
t = (1,)
t2 = ()
t3 = 1, 2
s = {1, 2, *rest}
d = {'a': 1, **other, 'b': 2}
e = {}
lc = [x * 2 for x in range(10) if x % 2 if x > 3]
sc = {x for x in y}
dc = {k: v for k, v in items.items()}
ge = (x for x in y for z in x)
g2 = sum(x for x in y)
nested = [[y for y in x] for x in matrix]
walrus = (n := len(data))
if (m := re.match(p, s)) is not None: pass
[y := f(x), y**2]
lam = lambda: 0
lam2 = lambda x, y=1, *a, z, w=2, **k: x + y
lam3 = lambda x, /, y: (x, y)
lam4 = lambda *, k: k
lam5 = lambda *args, **kwargs: None
sl = a[1:2], a[:], a[::2], a[1:], a[:2], a[1:2:3], a[::], a[:, 1], a[1:2, ::3, ...]
sl2 = a[b, c]
sl3 = a[*idx]
sl4 = a[(1, 2)]
call = f(a, b, *c, d=1, **e)
call2 = f(*a, *b, **c, **d)
call3 = f(a, *b, c=1, *d)
call4 = f(x for x in y)
chain = a.b.c.d(e).f[g].h
star = *a, *b
cmp = 1 < 2 < 3
neg = -1 ** 2
pw = (-2) ** -1
un = not not x
paren = (((a)))
ifexp = a if b else c if d else e
attr = (1).real
s2 = 'a' 'b' 'c'
conc = ("multi"
        "line")
cond = [a for a in b if a if not a]
async def f():
    [await x for x in y]
    {await x async for x in y}
    (x async for x in y)
x = [i for i in range(3) for j in range(i) if i if j]
y = {**a}
z = {**a, **b}
w = [*a, *b]
n = f()()()
