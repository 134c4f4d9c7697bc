# Errors at the end of the input: unclosed brackets, continuations, a
# decorator or block with nothing after it, in exec and single modes.
cases = ['"\\\n"(1 for c in I,\\\n\\', 'x = 1 \\', 'x = (1,\\\n\\', 'f(1 for c in I,\\\n2)', 'f(1 for c in I, 2)',
         'f(1 for c in I,\n2', 'x = (1, 2', 'x = [', 'x = {\n', "x = '''abc", "@x\n", "@x", "x = 1\n@d\n",
         "@x\n\n\n", "@x # c\n", "if 1:\n  @x\n", "@x\n@y\n", "x = 1 if y else\n", "x +\n", "class A(B,\n C)\n@d\n",
         "if x:", "if x:\n\n", "try: pass\n   \n", "try: pass\n  # x", "def f(\n  a,\n", "x = (1 +\n 2"]
for src in cases:
    # (single input ending in a backslash has quirks of its own in CPython)
    for mode in ('exec',) if src.endswith('\\') else ('exec', 'single'):
        try:
            compile(src, "<s>", mode)
            print(mode, repr(src), "compiled")
        except SyntaxError as e:
            print(mode, repr(src))
            print("   ", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
