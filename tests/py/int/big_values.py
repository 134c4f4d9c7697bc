import sys
sys.set_int_max_str_digits(0)
f = 1
for i in range(2, 3300):
    f *= i
s = str(f)
print(len(s), s[:50], s[-50:].strip('0') or 'zeros')
print(int(s) == f, f % (10**9 + 7), f.bit_length(), f.bit_count())
print(hex(f)[:40], oct(f)[-20:], bin(f)[:40])
g = 3**10000
print(len(str(g)), str(g)[:30], str(g)[-30:])
print(g // 3**9990, g % (2**127 - 1), (g >> 15000) & 0xffff, g.bit_length())
a = 2**5000 + 12345
b = 3**2000 - 1
q, r = divmod(a, b)
print(q * b + r == a, 0 <= r < b, str(q)[:20], str(r)[:20])
q, r = divmod(-a, b)
print(q * b + r == -a, 0 <= r < b)
q, r = divmod(a, -b)
print(q * b * -1 + r == a, -b < r <= 0)
print((a * b) // b == a, (a * b) % a, (a * a - b * b) == (a - b) * (a + b))
h = int('1234567890' * 3000)
print(len(str(h)), str(h * h)[:40], str(h * h)[-40:])
print(hash(f) == hash(int(s)), hash(-g), hash(g) == g % (2**61 - 1))
print(10**100 / 10**99, 2**3000 / 2**2999, (10**500 + 1) / 10**480, -(10**300) / 7**200)
