# 3.11 forms: starred subscripts, except*, parenthesized with, soft keywords, walrus
class S:
    def __getitem__(self, k): return k
s = S()
b = (1, 2)
print(s[*b], s[0, *b], s[*b, 3], s[1:2, *b])
match = 1; case = 2; _ = 3; type = 4
print(match, case, _)
del type
match = [match, case]
match match:
    case [1, 2]: print('soft keywords')
with (open('/dev/null') as f1,
      open('/dev/null') as f2):
    print(f1.closed, f2.closed)
with (open('/dev/null'), open('/dev/null')) if False else open('/dev/null') as f3:
    print('ok')
try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as g:
    print('VE', repr(g), g.exceptions)
except* TypeError as g:
    print('TE', g.exceptions)
try:
    try:
        raise ExceptionGroup('eg', [KeyError(1)])
    except* ValueError:
        print('no')
except ExceptionGroup as e:
    print('propagated', repr(e))
try:
    raise ValueError('naked')
except* ValueError as g:
    print('wrapped', repr(g))
def f(*args: *tuple[int, ...]): pass if False else None
print(f.__annotations__ if hasattr(f, '__annotations__') else '')
x = [y := 10, y + 1]
print(x, (z := 5) * 2, z)
print([(w := i) for i in range(2)], w)
def defaults(a, b=(c := 3)): return a, b, c
print(defaults(1))
lam = lambda: (v := 7)
print(lam())
print(f'{(q := 9)}', q)
async def agen(): yield
print(type(agen()).__name__)
print((lambda *a, **k: (a, k))(1, x=2))
def kwonly(*, a, b=2, **rest): return a, b, rest
print(kwonly(a=1, c=3))
print(*(i for i in range(3)))
dd = dict(a=1)
print({**dd, 'b': 2} | {'c': 3})
print([*range(2)] + [*'ab'], {*()}, (*(),))
for i, (j, *k) in enumerate([(1, 2, 3)]): print(i, j, k)
if (n := len('abc')) > 2: print('walrus if', n)
while (n := n - 1) > 0: pass
print(n)
