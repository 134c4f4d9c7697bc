# ast.unparse of every syntax form; round trips through parse
import ast
from _corpus import src
print(ast.unparse(ast.parse(src)))
more = [
    "x = 1, 2", "for a, b in c: pass", "a[1, 2]", "a[1:2, ::3]", "(a + b) * c", "a ** -b", "(-a) ** b",
    "-(a ** b)", "not a == b", "(not a) == b", "a if b else (c if d else e)", "(a if b else c) if d else e",
    "lambda: 0", "lambda x: (yield)", "f(*args, **kw)", "x = yield 1", "await x", "{**a, 'b': 1}",
    "set()", "{1}", "()", "(1,)", "[*a, *b]", "a and (b or c)", "(a and b) or c", "1 .real", "'a' 'b'",
    "f'{x!r:>{width}} and {{braces}} {y=}'", "b'\\x00'", "x = 1e999", "x = -1e999j", "del a, b[0]",
    "global a, b", "'''doc'''\nx = 1", "def f():\n    '''doc\n    more'''\n    return 1",
    "class A:\n    pass\nclass B(A, metaclass=M):\n    x: int = 1\n    (y): int",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    if c:\n        pass\n    x = 1",
    "try:\n    pass\nexcept* E as e:\n    pass", "with a as b, c: pass", "print(*(x for x in y))",
    "f(x for x in y)", "x = (a := 1)", "match x:\n    case [1, *_] | {'a': 1, **rest} if y:\n        pass\n    case C(1, b=2) as z:\n        pass",
    "u'x'", "a[()]", "a[:]", "x = not -a", "x = ~a + +b", "assert x, 'm'", "raise", "from . import (a as b)",
    "import a.b as c", "a, *b = c", "[a, b] = c", "x = a if b else c", "f(a)(b)[c].d",
]
for m in more:
    print(repr(ast.unparse(ast.parse(m))))
print(ast.unparse(ast.parse("x", mode="eval")))

tree = ast.parse(src)
again = ast.parse(ast.unparse(tree))
print(ast.dump(tree) == ast.dump(again))
