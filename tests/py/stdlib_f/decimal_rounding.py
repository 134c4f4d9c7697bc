# Every rounding mode through quantize, plus, to_integral and round().
from decimal import *

modes = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
         ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
values = ['2.5', '-2.5', '3.5', '2.51', '-2.49', '0.05', '1.05', '-1.15',
          '7.0', '0.001', '5.55', '-0.5']
for m in modes:
    print(m, [str(Decimal(v).quantize(Decimal('0.1'), rounding=m))
              for v in values])
    print(m, [str(Decimal(v).to_integral_value(rounding=m)) for v in values])
    c = Context(prec=2, rounding=m)
    print(m, [str(c.plus(Decimal(v + '1'))) for v in values])

c = Context(prec=5, traps=[])
for v in ['123.456', '1E+10', '0.0000001', 'NaN', 'Infinity', '-0.00']:
    c.clear_flags()
    r = Decimal(v).quantize(Decimal('0.01'), context=c)
    print('quantize', v, r, sorted(k.__name__ for k, x in c.flags.items() if x))
print(Decimal('Infinity').quantize(Decimal('Infinity')))
c.clear_flags()
print(Decimal('2.5').to_integral_exact(context=c), c.flags[Inexact])
print(round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('-2.675'), 2),
      round(Decimal('1234.5678'), -2), type(round(Decimal('7.5'))))
import math
print(math.floor(Decimal('-2.5')), math.ceil(Decimal('-2.5')),
      math.trunc(Decimal('-2.5')), int(Decimal('9.99')))
for v in ['NaN', 'Infinity']:
    try:
        round(Decimal(v))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(Decimal('120.00').normalize(), Decimal('0.000').normalize(),
      Decimal('-1E+3').normalize(), Decimal('1.2345E+10').normalize())
print(Decimal('1.23456789').quantize(Decimal('1E-5'), ROUND_UP))
