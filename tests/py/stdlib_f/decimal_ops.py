# The other operations: logical, shift/rotate, scaleb, logb, next_*, fma,
# remainder_near, divmod, number_class, as_tuple and friends.
from decimal import *

c = Context(prec=9, traps=[])
def show(name, *args):
    c.clear_flags()
    try:
        r = getattr(c, name)(*args)
    except Exception as e:
        r = type(e).__name__
    print(name, [str(a) for a in args], r,
          sorted(k.__name__ for k, v in c.flags.items() if v))

D = Decimal
show('logical_and', D('1101'), D('1011'))
show('logical_or', D('1101'), D('11'))
show('logical_xor', D('1101'), D('1011'))
show('logical_invert', D('101'))
show('logical_and', D('12'), D('1'))
show('shift', D('123456789'), D(3))
show('shift', D('123456789'), D(-3))
show('shift', D('123'), D(10))
show('rotate', D('123456789'), D(2))
show('rotate', D('123456789'), D(-2))
show('rotate', D('1.5'), D(1))
show('scaleb', D('7.50'), D(-2))
show('scaleb', D('1'), D('1.5'))
show('logb', D('250'))
show('logb', D('0'))
show('logb', D('-Infinity'))
show('next_plus', D('1'))
show('next_minus', D('1'))
show('next_plus', D('-1E-1007'))
show('next_minus', D('Infinity'))
show('next_toward', D('1'), D('2'))
show('next_toward', D('1'), D('1.0'))
show('fma', D('2'), D('3'), D('4'))
show('fma', D('Infinity'), D('0'), D('1'))
show('fma', D('12345678'), D('12345678'), D('-1'))
show('remainder_near', D('10'), D('6'))
show('remainder_near', D('-10'), D('6'))
show('remainder_near', D('10.2'), D('1'))
show('remainder', D('-7'), D('3'))
show('divide_int', D('-7'), D('3'))
show('divide_int', D('1E+20'), D('3'))
show('divmod', D('7.5'), D('2'))
show('divide', D('1'), D('0'))
show('divide', D('0'), D('0'))
show('remainder', D('1'), D('0'))
show('abs', D('-1.234567891'))
show('minus', D('0'))
show('plus', D('-0'))
show('copy_sign', D('1.5'), D('-0'))
show('compare_signal', D('NaN'), D('1'))
for v in ['0', '-0', '1E-1000000', '1', '-1', 'Infinity', '-Infinity', 'NaN',
          'sNaN', '1E-999999']:
    print(v, Decimal(v).number_class(), Decimal(v).as_tuple(),
          Decimal(v).is_normal(), Decimal(v).is_subnormal())
print(Decimal((1, (1, 2, 3), -2)), Decimal((0, (), 'F')), Decimal((1, (4,), 'n')))
try:
    Decimal((2, (1,), 0))
except ValueError as e:
    print('ValueError', e)
print(Decimal('1.50').as_integer_ratio(), Decimal(-7) // 2, Decimal(-7) % 2,
      divmod(Decimal(7), Decimal('-2')), Decimal(7).__rtruediv__(2))
print(Decimal(1).adjusted(), Decimal('123.45').adjusted(), Decimal(5).radix())
print(Decimal('0.1') + 1, 1 - Decimal('0.1'), 3 * Decimal('0.1'), -Decimal('5'),
      abs(Decimal('-5')), +Decimal('1.00000000000000000000000000001'))
print(Decimal.from_float(0.1), Decimal(0.5), Decimal(-0.0), Decimal('  1_000  '))
try:
    Decimal(1) + 1.5
except TypeError as e:
    print('TypeError')
