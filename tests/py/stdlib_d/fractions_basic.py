from fractions import Fraction as F
import math
print(F(3, 6), repr(F(3, -6)), F('1.25'), F('-3/4'), F(' 7/2 '), F('1e-3'), F(0.5), F(1.1), F(), F(F(1, 3)), F('2.5e2'), F('1_000'))
for bad in ['x', '1/0', '1/', '/2', '1.2/3', '']:
    try: print(F(bad))
    except (ValueError, ZeroDivisionError) as e: print(type(e).__name__, e)
try: F(1, 0)
except ZeroDivisionError as e: print(e)
try: F([1])
except TypeError as e: print(e)
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, F(-2, 3) ** -3, 2 ** F(1, 2), F(4) ** F(1, 2), a + 1, 1 - a, a * 1.5, 1.0 / a)
print(a < b, a > 0.3, a == F(2, 6), F(1, 2) == 0.5, F(2) == 2, hash(F(2)) == hash(2), hash(F(1, 2)) == hash(0.5), a != b, F(1,3) < 1)
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(100), F(1, 3).limit_denominator(10), F('0.333').limit_denominator(5))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), int(F(-7, 2)), math.trunc(F(7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 2), round(F(1234), -2), float(F(1, 8)))
print(F(3, 4).numerator, F(3, 4).denominator, F(3, 4).as_integer_ratio(), F.from_float(0.25), abs(F(-1, 2)), -F(1, 2), +F(1, 2), bool(F(0)))
print(sorted([F(1, 2), F(1, 3), 0.4]), sum([F(1, 2), F(1, 3), F(1, 6)]), str(F(5, 1)), F(1, 3) + 1j)
print(isinstance(F(1), __import__('numbers').Rational), {F(1, 2): 'half'}[0.5])
