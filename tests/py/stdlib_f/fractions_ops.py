# Fractions: construction, arithmetic with ints, floats and Decimals.
from fractions import Fraction as F
from decimal import Decimal
import math

print(F(3, 6), F('1.25'), F(' -7/14 '), F(0.5), F(Decimal('0.125')),
      F('1e-3'), F(F(1, 3), F(2, 3)))
for bad in ['1/0', 'x', '1.2.3']:
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
a, b = F(1, 3), F(-2, 7)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2,
      a ** -2, 2 ** F(1, 2), F(4, 9) ** F(1, 2), -a, abs(b))
print(a + 1, 1 - a, a * 1.5, a == F(2, 6), a < 0.34, a > Decimal('0.3'))
print(math.floor(b), math.ceil(b), round(F(5, 2)), round(F(7, 2)),
      round(F(22, 7), 3), int(b), float(a))
print(F(1, 3).limit_denominator(2), F(math.pi).limit_denominator(1000))
print(F(3, 4).as_integer_ratio(), F(7).is_integer() if hasattr(F, 'is_integer') else True,
      hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3))
print(repr(F(-1, 3)), str(F(4, 1)), F(1, 3).numerator, F(1, 3).denominator)
print(sum([F(1, n) for n in range(1, 8)]))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
