# float(): numbers, strings (whitespace, underscores, inf/nan), bytes, __float__, __index__
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

texts = ['1', '  1.5  ', '-2.5e3', '+.5', '5.', '1_000.5', '1e1_0', '\t\n 3.25 \r', 'inf', '-inf', 'INF',
         'Infinity', '-iNfInItY', 'nan', '-NaN', '+nan', '1e500', '-1e500', '1e-500', '0x10', '1__0',
         '_1', '1_', '1_.5', '1._5', '1e_5', '', ' ', 'abc', '1.2.3', 'infinit', 'nan1', '1e', '.',
         '0.1', '123456789012345678901234567890', '2.2250738585072011e-308', '1\x00', '١٢', '\u2003 7 \u3000']
for t in texts:
    show(lambda: float(t))
show(lambda: float(b' 2.5 '))
show(lambda: float(b'x'))
show(lambda: float(bytearray(b'1e3')))
show(lambda: float())
show(lambda: float(5))
show(lambda: float(-2**70))
show(lambda: float(10**400))
show(lambda: float(True))
show(lambda: float([]))
show(lambda: float(None))
show(lambda: float(1, 2))
show(lambda: float(x=1))
show(lambda: float(1j))

class F:
    def __float__(self):
        return 4.25
class I:
    def __index__(self):
        return 7
class Bad:
    def __float__(self):
        return 1
show(lambda: float(F()))
show(lambda: float(I()))
show(lambda: float(Bad()))

class MyFloat(float):
    pass
m = MyFloat(2.5)
print(type(m).__name__, m, m + 1, type(m + 1).__name__, float(m), type(float(m)).__name__)
print(isinstance(m, float), m == 2.5, hash(m) == hash(2.5), MyFloat('1e2'), -m, abs(MyFloat(-1.0)))
class F2(float):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(F2(3), type(F2(3)).__name__)
m.attr = 5
print(m.attr)
