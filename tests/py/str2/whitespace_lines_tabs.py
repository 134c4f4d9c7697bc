def show(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r)
show(22, lambda: 'a\x0bb\x0cc\x1cd\x1de\x1ff\x85g\u2028h\u2029i\r\nj'.splitlines())
show(23, lambda: 'a\x0bb\x0cc\x1cd\x1de\x1ff\x85g\u2028h\u2029i'.split())
show(24, lambda: ' \u3000 a\u00a0b\u200bc \u2007'.split())
show(25, lambda: '\u00a0x\u00a0'.strip())
show(26, lambda: 'a\tbc\td\n\te\r\tf'.expandtabs(3))
show(27, lambda: 'a\tb'.expandtabs(-1))
show(28, lambda: 'a\tb'.expandtabs(tabsize=0))
