# Powers and square roots: exact when they can be, else correctly rounded.
from decimal import Decimal, Context, getcontext, ROUND_DOWN, ROUND_UP, \
    InvalidOperation, Inexact, Rounded, DivisionByZero

c = Context(prec=9, traps=[])
cases = [('2', '10'), ('2', '-2'), ('1.0', '-1'), ('0.50', '-2'), ('10', '-3'),
         ('2', '0.5'), ('1.5', '2.5'), ('-2', '3'), ('-2', '-3'), ('0', '5'),
         ('-0', '3'), ('0', '-1'), ('-0', '-3'), ('Infinity', '2'),
         ('-Infinity', '3'), ('-Infinity', '-3'), ('2', 'Infinity'),
         ('0.5', 'Infinity'), ('1', 'Infinity'), ('1.00', '1.5'),
         ('1.00', '3'), ('100', '1E+2'), ('10', '999999999'), ('7', '0'),
         ('0', '0'), ('-2', '0.5'), ('3', '1E-20'), ('123.456', '7.89')]
for a, b in cases:
    c.clear_flags()
    r = c.power(Decimal(a), Decimal(b))
    flags = sorted(k.__name__ for k, v in c.flags.items() if v)
    print(a, '**', b, '=', r, flags)

for rounding in (ROUND_DOWN, ROUND_UP):
    c2 = Context(prec=12, rounding=rounding)
    print(rounding, c2.power(Decimal(3), Decimal('0.5')),
          c2.power(Decimal('2.7'), Decimal('-3.1')))

print(pow(Decimal(3), 4, 7), pow(Decimal(-3), 3, 7), pow(Decimal(10), 2, 9))
try:
    pow(Decimal('3.5'), 2, 7)
except InvalidOperation as e:
    print('InvalidOperation')

for v in ['2', '4', '0.25', '100', '1.00', '1E+3', '0', '-0', '0E-3', '2E-7',
          '12345678901234567890', 'Infinity', '-1']:
    c.clear_flags()
    r = c.sqrt(Decimal(v))
    print('sqrt', v, r, sorted(k.__name__ for k, v in c.flags.items() if v))
print(Decimal(2).sqrt(), Decimal('1E-100').sqrt())
print(Decimal(2) ** Decimal('0.5') == Decimal(2).sqrt())
print(Decimal('1.1') ** 2, Decimal('1.1') ** -2, Decimal(2) ** 100)
