print(bin(5), bin(-5), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(10**20))
print(bin(True), hex(False))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()))
for f in (bin, oct, hex):
    try:
        f(1.5)
    except TypeError as e:
        print("TypeError", e)
print(chr(65), chr(0x20ac), chr(0x1F600), repr(chr(0)), ord("A"), ord("\u20ac"), ord(b"a"), ord(bytearray(b"z")))
for bad in [-1, 0x110000, 2**40]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print("TypeError", e)
for bad in ["", "ab", b"ab", 5]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError", e)
print(ascii("h\xe9llo \u20ac"), ascii([1, "\xff"]), repr("\xe9"))
print(format(5, "03d"), format(3.14159, ".2f"), format("x", ">3"), repr(format(7)))
try:
    format(5, 5)
except TypeError as e:
    print("TypeError", e)
