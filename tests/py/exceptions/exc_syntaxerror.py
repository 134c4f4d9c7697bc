# SyntaxError attributes and str
e = SyntaxError()
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, repr(str(e)))
e = SyntaxError("bad")
print(e.msg, e.filename, str(e), e.args)
e = SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n"))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(str(e), repr(e))
e = SyntaxError("bad", ("dir/f.py", 3, 5, "x\n", 3, 7))
print(str(e), e.end_lineno, e.end_offset)
e = SyntaxError("bad", (None, 3, 5, "x\n"))
print(str(e))
e = SyntaxError("bad", ("f.py", None, 5, "x\n"))
print(str(e))
e = IndentationError("ind", ("g.py", 1, 1, "  x\n"))
print(type(e).__name__, str(e), isinstance(e, SyntaxError))
for info in [(1, 2), (1, 2, 3, 4, 5, 6, 7)]:
    try:
        SyntaxError("m", info)
    except TypeError as ex:
        print("TypeError", ex)
print(SyntaxError("m", 1, 2).args, SyntaxError("m", 1, 2).msg)
try:
    compile("x = = 1", "t.py", "exec")
except SyntaxError as ex:
    print(type(ex).__name__, ex.msg, ex.filename, ex.lineno)
try:
    eval("(1, ")
except SyntaxError as ex:
    print(type(ex).__name__, ex.lineno)
