class MyInt(int):
    def __repr__(self): return f'MyInt({int(self)})'
    def double(self): return MyInt(self * 2)
m = MyInt(21)
print(m, m.double(), m + 1, type(m + 1).__name__, isinstance(m, int), m == 21, hash(m) == hash(21))
print(MyInt('7'), MyInt('ff', 16), MyInt(), [10, 20][MyInt(1)])
class Cat(str):
    def shout(self): return self.upper() + '!'
c = Cat('meow')
print(c, c.shout(), c + 'x', type(c + 'x').__name__, len(c), c[1:], repr(c), c == 'meow')
print({c: 1}['meow'])
class Attr(int):
    pass
a = Attr(5); a.note = 'hi'
print(a, a.note, a.__dict__)
class WithNew(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 10)
print(WithNew(3), type(WithNew(3)).__name__)
class S2(str):
    def __new__(cls, v):
        obj = super().__new__(cls, v.upper()); obj.orig = v; return obj
s = S2('abc'); print(s, s.orig)
class F(float):
    def __str__(self): return 'F!'
print(F(1.5), F(1.5) * 2, repr(F(2.0)))
class B(int):
    def __add__(self, o): return 'custom add'
print(B(1) + 1, 1 + B(1))
class MyTuple(tuple):
    def first(self): return self[0]
t = MyTuple([3, 4])
print(t, t.first(), type(t[:1]).__name__, len(t))
class Point(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
print(Point(1, 2), Point(1, 2).x)
