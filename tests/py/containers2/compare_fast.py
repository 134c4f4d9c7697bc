# Comparisons of ints and floats, alone and as conditions.
import math
vals = [0, 1, -1, 2**47 - 1, -2**47, 2**47, 2**100, 0.5, -0.0, 0.0, math.inf, -math.inf, math.nan, True]
for a in vals:
    row = []
    for b in vals:
        row.append(''.join('1' if r else '0' for r in (a < b, a <= b, a == b, a != b, a > b, a >= b)))
    print(a, ' '.join(row))

def branchy(a, b):
    out = []
    if a < b: out.append('lt')
    if a <= b: out.append('le')
    if a == b: out.append('eq')
    if a != b: out.append('ne')
    if a > b: out.append('gt')
    if a >= b: out.append('ge')
    if not a < b: out.append('!lt')
    return out

print(branchy(1, 2), branchy(2.5, 2.5), branchy(math.nan, 1.0), branchy(3, 3.0))
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, (x < 3) is False)
print([n for n in range(10) if n % 3 == 0 if n > 2])
while x > 0:
    x -= 2
print(x)
