# SyntaxError / IndentationError attributes for common mistakes: the type,
# message, line, columns and text, as compile() reports them.
cases = [
    "x = (1, 2",
    "x = 1 +",
    "def f(:\n pass",
    "if x\n  pass",
    "  x = 1",
    "def f():\nreturn 1",
    "if 1:\n    x\n  y",
    "for x in range(3):\npass",
    "x = 'abc",
    'x = """abc',
    "1 = x",
    "f() = 1",
    "del f()",
    "(a, b) += 1",
    "return 5",
    "break",
    "def f(a, a): pass",
    "f(a=1, 2)",
    "x = [1, 2 3]",
    "if x:\n  pass\n else:\n  pass",
    "try:\n pass",
    "try:\n pass\n",
    "if 1:\n  try:\n    pass\nx=1\n",
    "try:\n  pass\nx=1\n",
    "try: pass\n\n\n",
    "if x:",
    "if x:\n",
    "if 1:\n  if x:\ny=1\n",
    "if 1:\n  if x:\n",
    "class A:\n",
    "x = 1\n\tif",
    "while 1:\n  pass\n)",
    "{1: 2, 3: }",
    "from __future__ import braces",
    "from __future__ import nope",
    "x = 1\nfrom __future__ import annotations",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
