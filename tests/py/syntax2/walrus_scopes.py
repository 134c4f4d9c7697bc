# Assignment expressions: where they bind, and where they are refused.
if (n := 5) > 3:
    print('n', n)
print([y := 2, y ** 2])
data = [1, 2, 3, 4]
print([last := v for v in data], last)
print(any((hit := v) > 2 for v in data), hit)
def f():
    [(inner := i) for i in range(3)]
    return inner
print(f())
def g():
    total = 0
    def acc(x):
        nonlocal total
        return [(total := total + v) for v in x]
    return acc([1, 2, 3]), total
print(g())
while (chunk := data[:2]):
    data = data[2:]
    print('chunk', chunk)
print(f'{(z := 9)}', z)
print((w := 1, 2), w)
def h(a=(d := 4)):
    return a
print(h(), d)
class C:
    [(cls_var := 1) for _ in range(1)] if False else None
    attr = (q := 'q')
print(C.attr, q)
for src in ["x := 1", "(x.y := 1)", "(x[0] := 1)", "((a, b) := (1, 2))", "[i := 0 for i in range(2)]",
            "[[(j := j) for i in range(5)] for j in range(5)]", "[x for x in (y := [1])]",
            "class A:\n  [(y := 1) for x in z]", "def f(x := 1): pass", "f(x := 1)", "f(a=x := 1)",
            "(True := 1)", "(__debug__ := 1)", "[(x := 1) for x in y]", "{(a := 1): (b := 2)}",
            "lambda: (x := 1)", "[lambda: (j := 1) for i in x]", "x = y := 1", "(lambda: x := 1)",
            "[i for i in range(3) if (j := i)]", "[i for i in (lambda:(j := range(5)))()]",
            "[i for i in [j for j in range(5) if (j := True)]]", "[i for i in [(j := True) for j in range(5)]]", "a[b := 1]", "a[b := 1, c := 2]", "print(f'{x:=10}')"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_offset)
