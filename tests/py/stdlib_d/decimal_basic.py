from decimal import *
import decimal
D = Decimal
print(D('1.10'), repr(D('-0.000')), D(10), D(-7), D(0.1), D(1.5), D('1e5'), D('1E-7'), D('123.456e2'), D('.5'), D('5.'), D('Infinity'), D('-inf'), D('nan'), D('1_000.5'), D((1, (1, 2, 3), -2)), D('  42  '))
print(D('0.1') + D('0.2'), D('1.30') + D('1.20'), D(1) / D(3), D(2) / D(3), D(1) / D(4), D(10) / D(4), D(100) / D(10), D('1.0') * D('2.50'), D('7') - D('10.5'), -D('0'), D(5) // D(2), D(-7) // D(2), D(-7) % D(2), D(7) % D('-2'), divmod(D(7), D(2)))
print(D(2) ** 10, D('1.1') ** 2, D(2) ** -2, D(2).sqrt(), D(16).sqrt(), D('0.25').sqrt(), D(10).sqrt(), D('1e-10').sqrt(), D(1) + 1, 2 * D('1.5'), 1 - D('0.1'))
print(D('1.2345').quantize(D('0.01')), D('1.2355').quantize(D('0.001')), D('2.5').quantize(D('1')), D('3.5').quantize(D('1')), D('2.5').quantize(D('1'), rounding=ROUND_HALF_UP), D('-2.5').quantize(D('1'), rounding=ROUND_FLOOR), D('7.325').quantize(D('.01'), rounding=ROUND_DOWN), D('1.5').quantize(D('1e1')))
for r in [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    print(r, [str(D(x).quantize(D('1'), rounding=r)) for x in ['2.5', '-2.5', '1.4', '-1.6', '0.5', '5.01']])
print(D('2.7').to_integral_value(), D('-2.5').to_integral(), D('2.5').to_integral_value(rounding=ROUND_UP), D('120.00').normalize(), D('0.00').normalize(), D('1E+2').normalize(), round(D('2.675'), 2), round(D('2.5')), round(D('3.5')), int(D('-3.9')), float(D('0.1')), D('1.5').as_integer_ratio())
print(D('1.0') == D(1), D('0.1') == 0.1, D('0.5') == 0.5, D(1) < 2, D('1.5') > 1.4, D(2) >= D('2.00'), hash(D('1.5')) == hash(1.5), hash(D(3)) == hash(3), hash(D('2.50')) == hash(D('2.5')), sorted([D('2'), D('1.5'), D('-1')]), max(D(1), D(2)), D('nan') == D('nan'))
print(D('3.14').as_tuple(), D('-0').as_tuple(), D('1.2e3').adjusted(), D(0).is_zero(), D('-1').is_signed(), D('nan').is_nan(), D('inf').is_infinite(), bool(D('0.0')), D(5).copy_negate(), D(5).copy_sign(D(-1)), abs(D('-2.50')))
c = getcontext(); print(c.prec, c.rounding, c)
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), D('123456789') + 0, D(2).sqrt())
with localcontext(prec=3, rounding=ROUND_UP):
    print(D(1) / D(3), +D('1.2345'))
print(D(1) / D(7), getcontext().prec)
for bad in [lambda: D(1) / 0, lambda: D(0) / D(0), lambda: D('abc'), lambda: D(-1).sqrt(), lambda: D('inf') - D('inf'), lambda: D([1, 2]), lambda: D('1e3').quantize(D('1e-30')), lambda: D(1) // 0]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ArithmeticError))
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, DecimalException), issubclass(FloatOperation, TypeError))
ctx = Context(prec=6, traps=[])
print(ctx.divide(D(1), D(0)), ctx.flags[DivisionByZero], ctx.add(D('1.0000001'), 0), ctx.prec, Context().prec)
print(f'{D("3.14159"):.2f}', f'{D("2.5"):.0f}', f'{D("-1.5"):8.2f}|', f'{D("0.125"):.1%}', format(D('1.23'), ''), D('12345678901234567890.123456789') * 1)
print(D('1e-7'), D('100e-9'), D('0.000001'), D('123E+5'), D(123) * D('1e5'))
