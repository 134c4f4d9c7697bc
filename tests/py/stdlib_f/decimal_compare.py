# Comparisons, total ordering, max/min and hashing against other numbers.
from decimal import *
from fractions import Fraction

a = [Decimal('1.0'), Decimal('1'), Decimal('-0'), Decimal('0E+3'),
     Decimal('Infinity'), Decimal('-Infinity'), Decimal('NaN'),
     Decimal('sNaN'), Decimal('-NaN5'), Decimal('12.30'), Decimal('12.3')]
for x in a:
    print(x, [str(x.compare_total(y)) for y in a])
    print(x, [str(x.compare_total_mag(y)) for y in a])
print(sorted(a, key=lambda d: (d.is_nan(), d if not d.is_nan() else 0)))
c = Context(traps=[])
for x, y in [('1', '2'), ('2', '2.0'), ('-0', '0'), ('NaN', '1'),
             ('sNaN', '1'), ('Infinity', '1E+999')]:
    c.clear_flags()
    print(x, y, c.compare(Decimal(x), Decimal(y)),
          c.max(Decimal(x), Decimal(y)), c.min(Decimal(x), Decimal(y)),
          c.max_mag(Decimal(x), Decimal('-' + y)),
          c.flags[InvalidOperation])
print(Decimal('0.5') == 0.5, Decimal('0.1') == 0.1, Decimal(1) == 1,
      Decimal('0.5') == Fraction(1, 2), Decimal('0.5') < Fraction(2, 3),
      Decimal(2) == complex(2, 0), Decimal(1) != 'a')
print(Decimal('NaN') == Decimal('NaN'), Decimal('NaN') != 1)
try:
    Decimal('NaN') < 1
except InvalidOperation:
    print('InvalidOperation')
for v in ['0.5', '1', '-2.25', '1E+3', '100', '0.1', 'Infinity', '-Infinity']:
    d = Decimal(v)
    other = float(d) if d.adjusted() < 20 else None
    print(v, hash(d) == hash(other), hash(d) == hash(Fraction(str(d)))
          if d.is_finite() else '-')
print(hash(Decimal(10 ** 30)) == hash(10 ** 30), hash(Decimal(-1)))
try:
    hash(Decimal('sNaN'))
except TypeError as e:
    print('TypeError', e)
print(Decimal(1) < 2 < Decimal(3), max(Decimal(1), 2.5, 2))
print(Decimal('1.0').same_quantum(Decimal('2.0')), Decimal(1).same_quantum(Decimal('1.0')))
