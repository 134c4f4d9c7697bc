# SyntaxError attributes from compile(): offsets at the end of the input, at a
# newline (after a comment too), unclosed brackets, and the 'single' mode rules.
cases = [
    ("1 +", "eval"), ("1 +", "exec"), ("1 +\n", "eval"), ("1 +\n", "exec"),
    ("(1 +", "eval"), ("1 + (", "exec"), ("x = ", "single"), ("1 2", "eval"),
    ("f(", "eval"), ("x = # c\n", "exec"), ("x = 1 +   # c\n", "exec"),
    ("if x  # c\n  pass\n", "exec"), ("y = [1, 2\nz = 3\n", "exec"),
    ("y = (1,\nz = 3 +\n", "exec"), ("x = (1, 2 3)\n", "exec"),
    ("for i in range(2): i", "single"), ("for i in range(2): i\n", "single"),
    ("if 1: 2", "single"), ("if 1:\n  2", "single"), ("x=1;y=2", "single"),
    ("x=1\ny=2", "single"), ("x=1 # c\ny", "single"),
    ("if a: a\nfor i in range(2): i\n", "single"), ("try: pass\nexcept: pass", "single"),
    ("match x:\n case 1: pass", "single"), ("@d\ndef f(): pass", "single"),
    ("x = '\0'", "exec"),
]
for src, mode in cases:
    try:
        compile(src, "s", mode)
        print(repr(src), mode, "ok")
    except SyntaxError as e:
        print(repr(src), mode, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
