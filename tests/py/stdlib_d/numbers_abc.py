import numbers
from fractions import Fraction
for v in [1, True, 1.5, 2j, Fraction(1, 2), 'x', None]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(complex, numbers.Real), numbers.Integral.__mro__[1] is numbers.Rational)
class MyInt(numbers.Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print('TypeError', str(e).split(' with')[0])
numbers.Real.register(type('Dummy', (), {}))
print(numbers.Number.__hash__ is None, sorted(numbers.__all__))
