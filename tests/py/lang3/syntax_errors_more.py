# SyntaxError messages and offsets for statements, parameters, f-strings and patterns
srcs = [
 "def f():\n  x = 1\n  nonlocal x", "def f():\n  global x\n  nonlocal x", "def f(x):\n  global x", "def f(x):\n  nonlocal x",
 "def f():\n  def g():\n    nonlocal y", "class C:\n  nonlocal x", "x = 1\ndef f():\n  print(x)\n  global x",
 "def f():\n  x: int = 1\n  global x", "def f():\n  global x\n  x: int", "[x := 1 for x in y]", "[i for i in (j := range(3))]",
 "class C:\n  [y := 1 for x in z]", "def f():\n  yield = 1", "def f(*a, *b): pass", "def f(a=1, /, b): pass",
 "lambda *: 1", "f(a, *b, c=1, **d, e)", "a, b += 1", "[a for a in b] = 1", "del (a + b)", "del [a, f()]",
 "for f() in x: pass", "with a as f(): pass", "x = *a", "print(*)", "f(*)", "async = 1", "await = 1" ,
 "def f():\n  return\n  yield from", "import a.b as", "from .a import (b, c", "from a import b,", "if x:\npass",
 "while x\n  pass", "else: pass", "elif x: pass", "x = 1 +\n", "(1 +\n2", "{1: 2, **}", "x[]", "x[1:2:3:4]",
 "@x\nclass", "def f() -> : pass", "def (): pass", "class C(): pass\nclass D(C, ): pass", "a = b = c += 1",
 "x.1", "1x", "1_000_", "0b", "0o", "0xg", "1.e", "'\\x4'", "b'\\xZ'", "'\\777'" , "b'é'",
 "f'{'", "f'{}'", "f'{a!z}'", "f'{a!r:{b!}}'", "f'}'", "f'{a b}'", "f'{lambda x: 1}'", "f'{yield}'",
 "try:\n  pass\nfinally:\n  pass\nelse:\n  pass", "try:\n  x\nexcept* A:\n  pass\nexcept B:\n  pass",
 "match x:\n  case 1 + 1: pass", "match x:\n  case a | b: pass", "match x:\n  case [a, a]: pass",
 "match x:\n  case {'a': 1, 'a': 2}: pass", "match x:\n  case f(): pass", "match x:\n  case *a: pass",
 "match x:\n  case _ | 1: pass", "match x:\n  case C(a=1, a=2): pass", "match x:\n  case C(a=1, 2): pass",
 "def f():\n  from x import *", "class C:\n  def f(self):\n    super = 1\n    return __class__",
 "return", "nonlocal", "x = yield from", "print(f'{x!}')", "'''", "x = (", "def f(a, b, a=1): pass",
 "f(a=1, a=2)", "global x\nglobal x", "x = 1; global x",
]
for s in srcs:
    try:
        compile(s, '<s>', 'exec')
        print('OK', repr(s))
    except SyntaxError as e:
        print(type(e).__name__, repr(s), '|', e.msg, e.lineno, e.offset)
for s in ["lambda *, **k: 1", "lambda *,: 1", "def f(*, **k): pass", "def f(*,): pass", "f(**a, b)", "f(a=1, b)", "f(**a, b=1, c)"]:
    try: compile(s, "s", "exec")
    except SyntaxError as e: print(repr(s), e.msg, e.offset)
