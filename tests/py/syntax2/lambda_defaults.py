# Lambdas: defaults evaluated once, closures, argument kinds, errors.
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
n = 10
add = lambda x, y=n: x + y
n = 20
print(add(1), add(1, 2))
lst = []
app = lambda x, acc=lst: acc.append(x) or acc
app(1); app(2)
print(lst, app.__defaults__ is not None)
kw = lambda *, a, b=2: (a, b)
print(kw(a=1), kw(a=1, b=3), kw.__kwdefaults__)
po = lambda a, /, b, *args, c=3, **kw: (a, b, args, c, kw)
print(po(1, 2, 3, d=4))
print((lambda: (yield 1))().__next__() if False else 'skip')
nested = lambda x: lambda y: x + y
print(nested(1)(2))
print((lambda *a, **k: (a, k))(1, x=2))
print((lambda: None).__name__, (lambda: None).__code__.co_argcount)
cond = lambda x: 'pos' if x > 0 else 'neg' if x < 0 else 'zero'
print([cond(v) for v in (-1, 0, 1)])
try:
    kw()
except TypeError as e:
    print(e)
for src in ["lambda x=1, y: 0", "lambda *: 0", "lambda *, **k: 0", "lambda x, x: 0", "lambda: x = 1",
            "lambda (x): 0", "lambda x: yield", "lambda x=: 0", "lambda **k, a: 0", "lambda a, /: a",
            "lambda /: 0", "lambda a, /, /: 0", "lambda *a, *b: 0", "lambda a: (b := a)", "lambda: *a",
            "lambda x: (yield)", "lambda a=1, /, b: 0", "f(lambda: 1 for x in y)"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_offset)
