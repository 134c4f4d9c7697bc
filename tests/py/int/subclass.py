class MyInt(int):
    pass


class Named(int):
    def __repr__(self):
        return 'Named(%d)' % int(self)


a = MyInt(5)
b = MyInt(2**100)
z = MyInt()
print(a, b, z, type(a).__name__, type(a + 1).__name__, type(-a).__name__, type(+a).__name__)
print(a + b, a * b, b // a, b % a, a - b, a ** 3, b >> 90, a << 50, a & 4, a | 2, a ^ 1, ~a)
print(a == 5, b == 2**100, a < b, hash(a) == hash(5), hash(b) == hash(2**100), bool(z), bool(a))
print(int(a), type(int(a)).__name__, int(b) == 2**100, float(b), a / 2, abs(MyInt(-3)))
print(a.bit_length(), b.bit_length(), a.real, type(a.real).__name__, a.numerator, a.to_bytes(2, 'big'))
print(repr(Named(7)), str(Named(7)), format(Named(7), ''), format(Named(7), 'd'), '%d' % Named(7))
print(MyInt('ff', 16), MyInt(' 12 '), MyInt(3.9), MyInt(-2**70), type(MyInt(-2**70)).__name__)
print([1, 2, 3][MyInt(1)], divmod(MyInt(7), 2), pow(MyInt(3), 4, 5), round(MyInt(155), -1))
print(isinstance(a, int), issubclass(MyInt, int), MyInt.__mro__)


class WithAttr(int):
    def __new__(cls, v, tag):
        self = super().__new__(cls, v)
        self.tag = tag
        return self


w = WithAttr(10, 'ten')
print(w, w.tag, w + 1, type(w + 1).__name__)


class Add(int):
    def __add__(self, other):
        return 'Add.__add__'

    def __radd__(self, other):
        return 'Add.__radd__'


print(Add(1) + 1, 1 + Add(1), Add(1) - 1)
print(int.__add__(Add(1), 1), int.__repr__(Named(3)))
