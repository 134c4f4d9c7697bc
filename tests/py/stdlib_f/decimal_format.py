# format() of Decimals: every type, alignment, sign, grouping, zero padding.
from decimal import Decimal, localcontext

specs = ['', 'e', 'E', '.3e', '.0e', 'f', '.3f', '.0f', ',.2f', '012,.2f',
         'g', '.3g', '.0g', '.10g', 'G', '%', '.1%', 'n', '<10', '>10',
         '^12.3g', '=+12.1f', '0=12', '+.2f', ' .2f', 'z.1f', '.3', '10',
         '*^15,.3f', ',g', ',']
values = ['1234567.891', '-0.00001234', 'NaN', '-Infinity', '0E-5', '-0.01',
          '0', '0.000', '1E+5', '-0', '12345678901234567890', '1E-10',
          '0E1', '-1.23e5']
for s in specs:
    out = []
    for v in values:
        try:
            out.append(format(Decimal(v), s))
        except ValueError as e:
            out.append('ValueError')
    print(repr(s), out)
for bad in ['_', '#.0f', 'x', '.f', '10.2d']:
    try:
        format(Decimal(1), bad)
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
with localcontext() as c:
    c.capitals = 0
    print(format(Decimal('1E+30'), ''), format(Decimal('1E+30'), '.3'),
          str(Decimal('1E+30')))
print(f"{Decimal('3.14159'):.2f} {Decimal('2.5'):08.3f} {Decimal(-7):+}")
