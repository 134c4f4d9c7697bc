# Comprehension scoping: the iteration variable stays inside, the first
# iterable is evaluated outside, class bodies are not visible.
x = 'outer'
print([x for x in range(3)], x)
print({x: x * 2 for x in 'ab'}, x)
print({x for x in (1, 1, 2)}, x)
g = (x for x in [7])
print(next(g), x)
class C:
    n = 3
    squares = [i * i for i in range(n)]
    try:
        bad = [n for i in range(2)]
    except NameError as e:
        err = str(e)
print(C.squares, C.err)
def f():
    y = 10
    return [lambda: y + i for i in range(2)]
print([fn() for fn in f()])
print([(i, j) for i in range(3) if i for j in range(i) if j >= 0])
print([[j for j in range(i)] for i in range(3)])
def gen_first_iter():
    out = []
    it = iter(range(3))
    return [a for a in it for b in range(1)]
print(gen_first_iter())
nested = [[1, 2], [3]]
print([v for row in nested for v in row])
print(sum(i for i in range(5)))
print(list(i for i in range(3) if i))
for src in ["[x for x in 1, 2]", "[i := 0 for i in range(2)]", "[x for x in (y := [1])]",
            "(x for x in y) = 1", "[*x for x in y]", "{**d for d in y}", "f(x for x in y, 1)",
            "f(1, x for x in y)", "[x async for x in y]", "class A:\n  [(y := 1) for x in z]",
            "[x for x in y if (z := 1) for w in (q := 2)]", "[lambda: (j := 1) for i in x]", "{x: y for x, y in z, w}"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_offset)
