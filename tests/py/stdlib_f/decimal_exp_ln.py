# exp, ln and log10 are correctly rounded at every precision and rounding.
from decimal import Decimal, Context, ROUND_DOWN, ROUND_UP, ROUND_HALF_EVEN, \
    ROUND_FLOOR, ROUND_CEILING, Inexact, Rounded

values = ['1', '2', '0.5', '10', '-1', '-7.25', '123.456', '1E-30', '-1E-30',
          '1.000000001', '0.999999999', '1E+5', '2.5E-7', '1000']
for prec in (5, 9, 28, 50):
    for rounding in (ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP):
        c = Context(prec=prec, rounding=rounding, traps=[])
        for v in values:
            d = Decimal(v)
            print(prec, rounding, v, c.exp(d), end=' ')
            if d > 0:
                print(c.ln(d), c.log10(d), end=' ')
            print()

c = Context(prec=9, traps=[])
for v in ['1', '10', '100', '0.001', '1E+20', '1.00']:
    c.clear_flags()
    r = c.log10(Decimal(v))
    print('log10', v, r, c.flags[Inexact], c.flags[Rounded])
c.clear_flags()
print('ln(1)', c.ln(Decimal(1)), c.flags[Inexact])
print('exp(0)', c.exp(Decimal(0)), c.exp(Decimal('-0')))
for v in ['Infinity', '-Infinity', 'NaN', '0', '-0']:
    d = Decimal(v)
    print(v, c.exp(d), c.ln(d) if not d.is_signed() or d.is_zero() else '-',
          c.log10(d) if not d.is_signed() or d.is_zero() else '-')
print(c.ln(Decimal(-1)), c.flags[Inexact])
print(Decimal(1).exp(), Decimal(2).ln(), Decimal(3).log10())
print(Decimal('1E+10').exp(Context(prec=9, traps=[])))
print(Decimal('-1E+10').exp(Context(prec=9, traps=[])))
