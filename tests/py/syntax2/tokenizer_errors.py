# Errors of the tokenizer proper: their text is the bare line, and their
# columns point at the offending character.
cases = [
    "x = 1_ + 2\n", "x = 0b12 + 3", "x = 'abc\ny=2\n", "x = ) + 3\n", "y = 1\nx = ) + 3\n",
    "x = 10l + 3 # c\n", "0777 + 1", "x = 0_1", "x = 00_07", "f(a, b, 1e)", "x = $ + 2",
    "a = 'é' + 1_", "x = (]", "x = (1,\n 2]\n", "x = ⁄", "x = a€", "€ = 1", "x = 1__0",
    "x = 0o8", "x = 0o", "x = 0x", "x = 1.5j_", "x = 1_000_", "print(1e5x)", "x = 0x1g",
    "print\x17('Hello')", "x\x7f = 1", "a\u00a0= 1", "with(0,,):\n\x01",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src))
        print("   ", repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
