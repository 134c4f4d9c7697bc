# bytes methods (shared with bytearray)
for b in (b"Hello World", bytearray(b"hello world")):
    print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.center(15, b"*"), b.ljust(13), b.rjust(13, b"-"), b.zfill(13))
    print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.index(b"W" if b[0] == 72 else b"w"), b.count(b"o"), b.count(b""), b.find(b"o", 5, 8), b.rindex(b"l"))
    print(b.startswith(b"He"), b.endswith(b"ld"), b.startswith((b"x", b"h")), b.split(), b.split(b"o"), b.rsplit(b"o", 1), b.split(maxsplit=1))
    print(b.partition(b" "), b.rpartition(b"o"), b.partition(b"z"), b.rpartition(b"z"), b.replace(b"l", b"L"), b.replace(b"l", b"", 2))
    print(b.strip(b"Hd"), b"  x  ".strip(), b.lstrip(b"Hhe"), b.rstrip(b"dl"), b.removeprefix(b"Hel"), b.removesuffix(b"ld"))
    print(b.isalpha(), b.isalnum(), b.isascii(), b.isdigit(), b.islower(), b.isupper(), b.istitle(), b.isspace())
    print(b.hex(), b.hex(":"), b.hex("-", 3), b.hex(b"|", -4), b.decode(), b.translate(None, b"lo"), b.expandtabs())
print(b"a\tb\tc".expandtabs(4), b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\n".splitlines(True), b"".splitlines(), b" a  b ".split(b" "))
print(b",".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b"-").join([b"x", b"y"]), b"".join([]))
print(bytes.fromhex("61 62 ff"), bytearray.fromhex("00ff"), bytes.fromhex(""), b"\x00\xff".hex(), bytes.maketrans(b"ab", b"xy")[97:99])
t = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(t), b"abc".translate(t, b"b"), b"abc".translate(None), bytearray(b"abc").translate(t))
print(b"123".isdigit(), b"".isdigit(), b"Ab Cd".istitle(), b"\xff".isascii(), b"ABC".isupper(), b" \t\n\x0b\x0c\r".isspace(), b"\x1c".isspace())
print(b"abc".decode("ascii"), b"\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"))
print(repr(b"a\xff\xe2\x82b\xf0\x9f\x98".decode("utf-8", "replace")), repr(b"a\xffb".decode("utf-8", "backslashreplace")), repr(b"\xff\xfe".decode(errors="surrogateescape")))
for f in (lambda: b"\xff".decode(), lambda: b"a\xe2\x82b".decode(), lambda: b"\xf0\x9f\x98".decode(), lambda: b"\x80".decode("ascii"),
          lambda: b"\xed\xa0\x80".decode(), lambda: b"\xc0\x80".decode(), lambda: b"a".decode("nope"), lambda: b"\xff".decode("utf-8", "bogus")):
    try:
        print(f())
    except (UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__, e)
try:
    b"ab\xffcd".decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
for f in (lambda: b"abc".find("a"), lambda: b"abc".find(300), lambda: b"abc".index(b"z"), lambda: b"abc".startswith("a"),
          lambda: b"".join(["a"]), lambda: b"abc".strip("a"), lambda: b"abc".partition("a"), lambda: b"abc".split("a"),
          lambda: b"abc".replace("a", b""), lambda: b"abc".center(5, "x"), lambda: b"abc".center(5, b"xy"),
          lambda: b"a".translate(b"x"), lambda: bytes.maketrans(b"a", b"bc"), lambda: bytes.fromhex("zz"),
          lambda: bytes.fromhex("a"), lambda: b"abc".removeprefix("a"), lambda: b"ab".split(b""), lambda: b"a".join(b"bc"),
          lambda: b"a".lower(1), lambda: bytearray().append(), lambda: b"a".count(), lambda: b"a".hex("ab")):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
