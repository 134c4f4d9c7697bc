# tokenizer errors: TabError and line continuation positions
for s in ["if True:\n\tpass\n        pass", "if 1:\n        x\n\ty", "x = 1 \\ 2", "x = (1 + \\ 2)", "def f():\n\tif 1:\n            pass"]:
    try: compile(s, 's', 'exec')
    except SyntaxError as e: print(type(e).__name__, repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
