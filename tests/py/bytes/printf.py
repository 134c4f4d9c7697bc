# bytes % formatting
cases = [(b"%s", b"x"), (b"%b", bytearray(b"y")), (b"%5s|%-5s|", (b"a", b"b")), (b"%d %i %x %X %o", (1, 2, 255, 255, 8)),
         (b"%r %a", ("é", "x")), (b"%c%c", (65, b"B")), (b"%05.1f", 3.14159), (b"%(k)s", {b"k": b"v"}), (b"%s", "str"),
         (b"%c", 256), (b"%c", "a"), (b"abc", 1), (b"abc", b"x"), (b"%s %s", (b"a",)), (b"%%", ()), (b"%y", 1),
         (b"%.2s", b"abcdef"), (b"%#x", 10), (b"%s", memoryview(b"mv")), (b"%e", 1e10), (b"%g", 0.5)]
for f, a in cases:
    try:
        print(repr(f % a))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
print(bytearray(b"%d") % 5, type(bytearray(b"x%s") % b"y").__name__)
