# float subclasses: values, arithmetic results are plain floats, overridden dunders
class F(float):
    def __str__(self):
        return 'F!'
    def __repr__(self):
        return 'F(%s)' % float.__repr__(self)

f = F(2.5)
print(repr(f), str(f), format(f, ''), format(f, '.2f'), f'{f}', f'{f!r}')
print(f + 1, type(f + 1).__name__, f * f, -f, type(-f).__name__, abs(F(-1.5)), type(abs(F(-1.5))).__name__)
print(f == 2.5, f < 3, hash(f) == hash(2.5), f.is_integer(), f.as_integer_ratio(), f.real, type(f.real).__name__)
print(float(f), type(float(f)).__name__, int(f), round(f), round(f, 1), f.hex(), f.conjugate())

class G(float):
    def __add__(self, other):
        return 'G.add'
    def __radd__(self, other):
        return 'G.radd'
    def __float__(self):
        return 9.5
g = G(1.0)
print(g + 1, 1 + g, 1.0 + g, float(g), g - 1)

class H(float):
    def __new__(cls, value, extra):
        self = super().__new__(cls, value)
        self.extra = extra
        return self
h = H('3.5', 'x')
print(h, h.extra, isinstance(h, float), type(h).__mro__[1].__name__)
print(F.fromhex('0x1p-1'), type(F.fromhex('0x1p-1')).__name__)
