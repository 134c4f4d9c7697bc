# Arithmetic and comparisons mixing small ints and floats, with the edge values.
import math
vals = [0, 1, -1, 3, 2**47 - 1, -2**47, 0.5, -0.0, 1e300, math.inf, math.nan, 7]
for a in vals:
    for b in vals:
        out = []
        for f in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a < b, lambda: a >= b, lambda: a == b):
            try:
                out.append(repr(f()))
            except Exception as e:
                out.append(type(e).__name__)
        print(repr(a), repr(b), ' '.join(out))
x = 1.5
x += 2; x *= 3; x -= 1; x /= 4
print(x, 7 / 2, -7 / 2, 1 / 3, (2**47 - 1) / 3, 10 / 5, 0 / -5)
