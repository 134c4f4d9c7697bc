a, *b, c = range(5)
print(a, b, c)
*a, b = "xyz"
print(a, b)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
[a, b] = [b, a]
print(a, b)
x = y = z = 7
print(x, y, z)
l = [1, 2, 3]
l[0], l[1] = l[1], l[0]
print(l)
class O: pass
o = O()
o.a, o.b = 1, 2
print(o.a, o.b)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
d = {}
d['k'] = d['j'] = 0
print(d)
i = 0
i += 5; i -= 1; i *= 3; i //= 2; i **= 2; i %= 7; i <<= 3; i >>= 1; i |= 1; i &= 0xff; i ^= 2
print(i)
l = [1, 2]
l[1] += 10
o.a += 100
print(l, o.a)
s = "ab"
s *= 2
print(s)
del l[0]
del o.a
print(l, hasattr(o, 'a'))
t = 1,
print(t)
(a) = 5
print(a)
first, *_ = [9, 8, 7]
print(first)
