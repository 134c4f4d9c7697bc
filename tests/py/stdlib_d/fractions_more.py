from fractions import Fraction as F
import math, sys
print(F(10, -4), F(-10, -4), F(0, 5), F(7), F(2**70, 3**40).limit_denominator(100), F('  -0.000250  '), F('3e2'), F('-1E-2'))
print(F(1, 3) ** F(1, 2), F(4, 9) ** F(1, 2) == 2 / 3, F(-8) ** F(1, 3) if False else 'skip', F(2) ** -1, F(0) ** 0, (-F(2, 3)) ** 3)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    F(1) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    F(1, 2).limit_denominator(0)
except ValueError as e:
    print('ValueError', e)
try:
    F.from_float('x')
except TypeError as e:
    print('TypeError', e)
print(F(7, 3) // 2, F(7, 3) % 2, divmod(F(-7, 3), 2), 7 // F(2, 3), 7 % F(2, 3), F(7, 2) % 1.5, divmod(5.5, F(1, 2)))
print(hash(F(1, 3)) == hash(F(2, 6)), hash(F(-1)) == hash(-1), hash(F(3, 2)) == hash(1.5), F(1, 10) == 0.1, F(1, 2) < 0.6, F(1, 2) > math.inf, F(1, 2) == math.nan)
print(round(F(-5, 2)), round(F(-7, 2)), round(F(1, 3), 3), round(F(150), -2), round(F(250), -2), type(round(F(1, 3), 2)).__name__)
print(F(3, 4).__floor__(), F(3, 4).__ceil__(), F(-3, 4).__trunc__(), int(F(9, 2)), float(F(1, 3)), complex(F(1, 2)))
class Sub(F):
    pass
print(type(Sub(1, 2) + 1).__name__, repr(Sub(1, 2)), F(F(1, 2), F(1, 3)), F(1.5, 1) if False else F(3, 2))
