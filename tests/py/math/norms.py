# hypot, dist, fsum, prod
import math

inf, nan = float('inf'), float('nan')
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12))
print(math.hypot(1e300, 1e300), math.hypot(5e-324, 5e-324), math.hypot(1e-310, 3e-310))
print(math.hypot(inf, nan), math.hypot(nan, 1), math.hypot(-inf, 1), math.hypot(0.0, -0.0))
print(math.hypot(1, 1), math.hypot(1.5, 2.5, 3.5, 4.5), math.hypot(*range(1, 20)))
print(math.hypot(0.1, 0.2), math.hypot(1e-8, 1))
try:
    math.hypot('a')
except TypeError as e:
    print('TypeError', e)

print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 15]), math.dist((), ()))
print(math.dist(iter([1.5]), (0.5,)), math.dist((1, inf), (2, 3)))
for p, q in [((1, 2), (1,)), (1, 2)]:
    try:
        math.dist(p, q)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([]), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1, 2, 3]), math.fsum(x / 7 for x in range(100)), math.fsum([2.0**53, -0.5, -2.0**-54]))
print(math.fsum([1e308, 1e308, -1e308]) if False else 'skip', math.fsum([inf, 1]), math.fsum([nan, 1]), math.fsum([inf, inf]))
for data in [[1e308, 1e308], [inf, -inf], 'ab', 5]:
    try:
        print(math.fsum(data))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 30)), math.prod([1.5, 2]))
print(math.prod([2, 3], start=10), math.prod([[1]], start=3), math.prod([], start='s'))
for args, kw in [(([1], 2), {}), ((), {})]:
    try:
        math.prod(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
try:
    math.prod(['a', 'b'])
except TypeError as e:
    print('TypeError', e)
