x = 1
y = x + 2 * 3 - 4 / 5 // 6 % 7 @ m ** 2 ** 3
z = -x + +y - ~z
a = b = c = 42
a, b = b, a
[a, *b] = (1, 2, 3)
(a, b), c = t
x.y.z = 3
x[1][2] = 4
x += 1; y -= 2; z *= 3
x /= 1; x //= 2; x %= 3; x **= 4; x @= 5
x &= 1; x |= 2; x ^= 3; x <<= 4; x >>= 5
del x, y[0], z.w
del (a, b), [c]
pass
assert x, "msg"
assert y
global g1, g2
x = a if b else c
x = a or b or c and d and not e
x = a < b <= c == d != e > f >= g is h is not i in j not in k
x = a | b ^ c & d << e >> f
x = ...
x = None, True, False
v: int
w: list[int] = []
(p): int = 1
obj.attr: str = "s"
seq[0]: float
x = yield_ = 3
print(x, sep='', *args, **kwargs)
f(a)(b)(c)
f()[0].g
