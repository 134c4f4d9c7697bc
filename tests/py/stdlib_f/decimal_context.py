# Contexts: attributes, validation, flags and traps, localcontext.
import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext,
                     DefaultContext, BasicContext, ExtendedContext,
                     InvalidOperation, DivisionByZero, Overflow, Underflow,
                     Inexact, Rounded, Clamped, Subnormal, FloatOperation,
                     ROUND_HALF_UP, ROUND_DOWN)

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(getcontext())
print(BasicContext)
print(ExtendedContext)
c = Context(prec=5, rounding=ROUND_HALF_UP, flags=[Inexact], traps=[Overflow])
print(c)
print(c.Etiny(), c.Etop(), c.copy() is c)
show(lambda: setattr(c, 'prec', 0))
show(lambda: setattr(c, 'prec', 'x'))
show(lambda: setattr(c, 'Emax', -1))
show(lambda: setattr(c, 'Emin', 1))
show(lambda: setattr(c, 'rounding', 'UP'))
show(lambda: setattr(c, 'capitals', 2))
show(lambda: setattr(c, 'clamp', -1))
show(lambda: setattr(c, 'flags', []))
show(lambda: setattr(c, 'emax', 5))
show(lambda: delattr(c, 'prec'))
show(lambda: Context(flags=(0, 1)))
show(lambda: localcontext(foo=1))

with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7, getcontext().prec)
print(Decimal(1) / 7, getcontext().prec)
with localcontext(prec=3, rounding=ROUND_DOWN) as ctx:
    print(Decimal(2) / 3, ctx.rounding)

getcontext().clear_flags()
x = Decimal(1) / 3
print(getcontext().flags[Inexact], getcontext().flags[Rounded])
for f in (lambda: Decimal(1) / 0, lambda: Decimal(0) / 0,
          lambda: Decimal('1E999999') * 10, lambda: Decimal('x'),
          lambda: Decimal('NaN') < 1, lambda: Decimal(-1).sqrt()):
    try:
        print(f())
    except decimal.DecimalException as e:
        print(type(e).__name__, [k.__name__ for k in e.args[0]])

c = Context(traps=[Inexact])
show(lambda: c.divide(1, 3))
c = Context(prec=3, Emax=9, Emin=-9, traps=[])
for v in ['1E+10', '9.999E+9', '1E-12', '1.5E-11', '1E-20']:
    c.clear_flags()
    r = c.plus(Decimal(v))
    print(v, r, sorted(k.__name__ for k, v in c.flags.items() if v))
c.clamp = 1
print(c.plus(Decimal('1E+9')), c.create_decimal('1.23456'))
print(issubclass(DivisionByZero, ZeroDivisionError),
      issubclass(FloatOperation, TypeError), Overflow.__mro__[1].__name__)
setcontext(ExtendedContext)
print(Decimal(1) / 0, getcontext().prec)
setcontext(DefaultContext)
