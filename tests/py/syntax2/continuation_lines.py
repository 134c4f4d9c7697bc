# Backslash continuations at the start of a line keep that line's indentation.
s = "pass\n        \\\n\npass\n"
print(compile(s, '<string>', 'exec') is not None)
s1 = "def fib(n):\n    \\\n'''Print a Fibonacci series up to n.'''\n    \\\na, b = 0, 1\n    return a + b + n\n"
ns = {}
exec(s1, ns)
print(ns['fib'].__doc__, ns['fib'](3))
try:
    exec("if x:\n    y = 1\n  \\\n  foo = 1\n        ")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
x = 1 + \
    2
print(x)
if True:
    y = [1,
  2, 3]
    z = (4 +
5)
print(y, z)
s2 = "if 1:\n    a = 1\n    \\\n    b = 2\nprint(a + b)\n"
exec(s2)
for src in ["x = 1 \\ y\n", "x = \\", "x = 1 \\\n"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_offset)
