# ceil, floor, trunc through __ceil__/__floor__/__trunc__, modf, frexp, ldexp
import math

for x in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 1e20, -1e20, 1e300, 7, -7, True, 2**100]:
    print(repr(x), math.ceil(x), math.floor(x), math.trunc(x), type(math.ceil(x)).__name__)

for x in [float('inf'), float('-inf'), float('nan')]:
    for f in (math.ceil, math.floor, math.trunc):
        try:
            f(x)
        except (ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)

class C:
    def __ceil__(self): return 'ceil'
    def __floor__(self): return 'floor'
    def __trunc__(self): return 'trunc'
print(math.ceil(C()), math.floor(C()), math.trunc(C()))

class G:
    def __float__(self): return 2.5
print(math.ceil(G()), math.floor(G()))
for f in (math.ceil, math.floor, math.trunc):
    try:
        f('x')
    except TypeError as e:
        print(f.__name__, 'TypeError', e)

for x in [0.0, -0.0, 1.0, 3.75, -3.75, 1e300, 5e-324, float('inf'), float('-inf'), float('nan')]:
    print(repr(x), math.modf(x), math.frexp(x))

for x, i in [(1.0, 10), (0.75, -2), (1.0, 1024), (1.0, -1075), (1.0, -1074), (0.0, 10**30),
             (-1.0, -10**30), (float('inf'), -5), (1.0, 10**30), (3, 2), (1.0, True)]:
    try:
        print(x, i, repr(math.ldexp(x, i)))
    except OverflowError as e:
        print(x, i, 'OverflowError', e)
try:
    math.ldexp(1.0, 2.0)
except TypeError as e:
    print('TypeError', e)
