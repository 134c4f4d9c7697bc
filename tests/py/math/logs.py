# log, log2, log10 (also of big ints), pow, and the constants
import math

for x in [1, 2, 10, 0.5, 100.0, 1e-300, 2**1000, 10**400, 3**5000, float('inf'), float('nan')]:
    print(math.log(x), math.log2(x), math.log10(x))
print(math.log(8, 2), math.log(100, 10), math.log(10**400, 10), math.log(2**2000, 2**10))
print(math.log(math.e), math.log(1), math.log2(1024), math.log10(0.001))
for args in [(0,), (-1,), (-2**2000,), (0.0,), (float('-inf'),), (10, 1), (10, 0), (10, -2), (1, 2)]:
    try:
        print(args, math.log(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
for f in (math.log2, math.log10):
    try:
        f(0)
    except ValueError as e:
        print('ValueError', e)
try:
    math.log()
except TypeError as e:
    print('TypeError', e)
try:
    math.log(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    math.log('a')
except TypeError as e:
    print('TypeError', e)

inf, nan = float('inf'), float('nan')
cases = [(2, 10), (2.0, -1), (-2, 3), (-2, 0.5), (0, 0), (0, -1), (0.0, -2.5), (-0.0, -3),
         (10, 400), (1, nan), (nan, 0), (nan, 1), (inf, 2), (inf, -1), (-inf, 3), (-inf, 2),
         (-inf, -3), (0.5, inf), (2, inf), (0.5, -inf), (2, -inf), (-1, inf), (1.5, 2.5),
         (-8, 1 / 3), (2, -1074), (2, -1080)]
for x, y in cases:
    try:
        print(x, y, repr(math.pow(x, y)))
    except (ValueError, OverflowError) as e:
        print(x, y, type(e).__name__, e)

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi), math.isnan(math.nan), math.isinf(math.inf))
