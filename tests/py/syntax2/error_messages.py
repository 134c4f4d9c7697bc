# CPython 3.11's specific SyntaxError messages and their positions.
cases = [
    "f(**x, *)", "f(**x, *y)", "{1: *12+1}", "{1: 23, 1: *12+1, 3: 4}",
    "def foo(a=1,/*,b,c): pass", "def foo(a,d=,c): pass", "def foo(a, *, d=): pass",
    "lambda a,d=,c: None", "lambda a,d=: None",
    "def f(x, (y, z), w): pass", "def f((x, y, z, w)): pass", "lambda (x, y, z), w: None",
    "def f(a=1, (b, c)): pass", "def f((x: int)): pass",
    "[x,y for x,y in range(100)]", "{x,y for x,y in range(100)}", "(x,y for x,y in range(100))",
    "[x, y, z for x in a]", "[*x, y for x in a]", "[x, for x in a]",
    "with (blech as something)\n  pass", "with (blech, block as something)\n  pass",
    "try:\n  pass\nexcept\n  pass", "match x\n  case list():\n    pass",
    "from t import x,y, and 3", "from t import x,",
    "match ...:\n  case 42 as 1+2+4:\n    ...", "match ...:\n  case 42 as _:\n    ...",
    "def f6(x: *b): pass", "def f8(**kwargs: *a): pass", "def f(*args: *a): pass",
    "obj.__debug__ = 1", "del obj.__debug__", "f(__debug__=1)",
    "print {1:(foo.)}", "print 'a'", "print 'a', 1 # c", "exec 'x'", "print x;",
    "dict(a = i for i in range(10))", "f(True=1)", "f(x.y=1)", "f'{**a}'", "f'{*a}'",
    "try: pass\nexcept ValueError: pass\nexcept* TypeError: pass",
    "try: pass\nexcept* ValueError: pass\nexcept TypeError: pass",
    'if True:\n    print("Hello"\n\nif 2:\n   print(123))', 'print("a"\nif 2:\n  x)', "x = 1 if 2",
    "{1: 2, 3}", "{1: 2, 3, 4: 5}", "{1, 2: 3}", "{1: 2, a.b}", "{1: 2, (3 +\n 4)}", "{**a, 3}", "{1:2, 3 4}",
    "{1: 2, 3 = 4}", "{1:2, x y}", "{1: 2, 3 for x in y}", "{1: 2, 3 := 4}", "{1: 2, 3)",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
