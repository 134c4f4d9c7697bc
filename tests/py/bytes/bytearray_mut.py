# bytearray mutation
a = bytearray(b"hello")
a.append(33)
a.extend(b" world")
a.extend([1, 2])
a.extend(x for x in (3,))
a.insert(0, 62)
a.insert(-1, 0)
a.insert(100, 9)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(108)
a.reverse()
print(a)
c = a.copy()
a.clear()
print(a, c, c is not a)
b = bytearray(b"0123456789")
b[0] = 65
b[-1] = 66
b[1:3] = b"xyz"
b[5:5] = [0x20]
print(b)
b[::2] = b"ABCDEF"
print(b)
del b[0]
del b[1:3]
del b[::3]
print(b)
b[:] = b""
b += b"ab"
b += bytearray(b"cd")
b *= 2
print(b)
e = bytearray(b"abcdef")
del e[::-2]
e[len(e):] = range(65, 68)
print(e)
for f in (lambda: bytearray(b"ab").__setitem__(0, 300), lambda: bytearray(b"ab").__setitem__(0, "a"), lambda: bytearray().pop(),
          lambda: bytearray(b"a").pop(5), lambda: bytearray(b"a").remove(5), lambda: bytearray(b"a").append(256),
          lambda: bytearray(b"a").append("a"), lambda: bytearray(b"a").extend(1), lambda: bytearray(b"a").extend("b"),
          lambda: bytearray(b"ab").insert(0, 999), lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"xyz"),
          lambda: bytearray(b"ab").__setitem__(slice(0, 1), 5), lambda: bytearray(b"ab").__setitem__(5, 1),
          lambda: bytearray(b"ab").__setitem__("x", 1), lambda: bytearray(b"ab").__setitem__(slice(0, 1), [300])):
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
x = bytearray(b"abc")
y = x
x += b"d"
print(y, x is y)
m = memoryview(b"abcdef")
print(m[0], m[1:3].tobytes(), m[::2].tolist(), len(m), m.nbytes, m.readonly, bytes(m[::-1]), m == b"abcdef", m.hex())
mb = bytearray(b"xyz")
mv = memoryview(mb)
mv[0] = 65
mv[1:3] = b"BC"
print(mb, mv.readonly, mv.tobytes())
with memoryview(b"q") as w:
    print(w.tobytes())
try:
    w.tobytes()
except ValueError as e:
    print("ValueError", e)
