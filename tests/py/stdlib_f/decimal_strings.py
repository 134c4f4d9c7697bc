# Text forms: parsing, str, repr, to_eng_string, pickling, subclasses.
import pickle, copy, numbers
from decimal import Decimal, Context, getcontext, InvalidOperation

for s in ['0', '-0', '1.23E+5', '1.23E-7', '123E+10', '0.000001', '0.0000001',
          '-1E-10', '1000', '1E3', '12.345e-2', '.5', '5.', '+7', '-inf',
          'Infinity', 'nan', '-sNaN42', 'NaN0012', '1_000.000_1', '\u0661\u0662',
          ' 42 ', '1e+0', '0E-1000000']:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.to_eng_string())
c = Context(traps=[])
for s in ['', '1e', 'e5', '1.2.3', '--1', 'NaNx', '1 2', '_1', '1__0', 'inf5']:
    print(repr(s), c.create_decimal(s))
try:
    Decimal('abc')
except InvalidOperation as e:
    print('InvalidOperation', [k.__name__ for k in e.args[0]])
print(Context(prec=3).create_decimal('1.23456'), Context(prec=3).create_decimal(' 1'))
print(Context(prec=3).create_decimal('NaN12345'))
for v in ['1.5', '-0', 'NaN', '-Infinity', '1E+999']:
    d = Decimal(v)
    r = pickle.loads(pickle.dumps(d))
    print(repr(r), r.as_tuple() == d.as_tuple(), copy.copy(d) is d)

class MyDec(Decimal):
    def double(self):
        return self * 2
m = MyDec('1.5')
print(repr(m), type(m).__name__, m.double(), type(m + 1).__name__,
      type(copy.deepcopy(m)).__name__)
print(isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real))
print({Decimal('1.0'): 'a'}[1], Decimal('1.0') in {1, 2}, sorted({Decimal('2'), Decimal('1.5')}))
getcontext().capitals = 0
print(str(Decimal('1E+10')), repr(Decimal('1E+10')))
getcontext().capitals = 1
print(Decimal(10 ** 30) == 10 ** 30, int(Decimal('1.999E+3')), float(Decimal('0.1')),
      complex(Decimal('2.5')), bool(Decimal('0E-5')), bool(Decimal('NaN')))
