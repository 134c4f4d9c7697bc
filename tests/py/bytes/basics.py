# bytes and bytearray: construction, repr, indexing, slicing, operators
print(b"", b"abc", b"it's", b'say "hi"', b"both ' and \"", b"\x00\x7f\x80\xff\t\n\r\\", bytes(3), bytes([65, 66]), bytes(range(5)))
print(bytes("é", "utf-8"), bytes("abc", encoding="ascii"), bytes(b"copy"), bytes(bytearray(b"ba")), bytes((x for x in [1, 2])))
print(bytearray(), bytearray(b"abc"), bytearray(3), bytearray([1, 255]), bytearray("é", "latin-1"), bytearray(b"q'\""))
class B:
    def __bytes__(self):
        return b"custom"
print(bytes(B()), bytes(memoryview(b"mv")))
for f in (lambda: bytes("a"), lambda: bytes(1.5), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes(["a"]),
          lambda: bytes(1, "utf-8"), lambda: bytearray(1.5), lambda: bytes("a", 1), lambda: bytes(1, errors="x"),
          lambda: bytes([-1]), lambda: bytes("a", "nope"), lambda: bytearray("x")):
    try:
        print(f())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
b = b"hello world"
print(b[0], b[-1], b[1:4], b[::-1], b[::2], b[100:], b[-3:], len(b), list(b[:3]), bytearray(b"xyz")[1], bytearray(b"xyz")[1:])
for f in (lambda: b[11], lambda: b[-12], lambda: b["x"], lambda: bytearray(b"a")[5], lambda: bytearray(b"a")[1.5]):
    try:
        print(f())
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(b + b"!", b"a" + bytearray(b"b"), bytearray(b"a") + b"b", b"ab" * 3, 2 * b"x", b"x" * -1, bytearray(b"ab") * 2)
for f in (lambda: b"a" + "b", lambda: bytearray(b"a") + "b", lambda: b"a" * "b", lambda: "a" + b"b", lambda: b"a" * 1.5):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(b"abc" == b"abc", b"abc" == bytearray(b"abc"), b"a" < b"b", b"ab" < b"a", b"" <= b"", bytearray(b"b") > b"a", b"a" == "a", b"a" != "a")
try:
    b"a" < "a"
except TypeError as e:
    print("TypeError", e)
print(b"ll" in b, b"xyz" in b, 104 in b, 0 in b, b"" in b, bytearray(b"e") in b)
for f in (lambda: "x" in b, lambda: 300 in b):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(b"ab"), [x for x in bytearray(b"cd")], hash(b"abc") == hash("abc"), hash(b"") == 0)
try:
    hash(bytearray(b"a"))
except TypeError as e:
    print("TypeError", e)
print(str(b"x"), str(bytearray(b"y")), repr(bytearray(b"z")), b"%s" % b"x" if True else 0)
print(isinstance(b"", bytes), type(bytearray()).__name__, bytes.__name__)
class MyBytes(bytes):
    pass
print(MyBytes(b"sub"), type(MyBytes(b"x")).__name__, MyBytes(b"ab") + b"c", bytes(MyBytes(b"q")))
