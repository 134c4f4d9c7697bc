from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p._fields, Point._field_defaults)
print(Point._make([3, 4]), p._asdict(), p._replace(x=9))
print(isinstance(p, tuple), len(p), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x, y, Point.__name__, Point.__doc__, Point.x.__doc__)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[10, 20])
print(P3(1), P3(1, 2), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple("R", "abc, def, _x, abc", rename=True)
print(R._fields)
One = namedtuple("One", "v")
print(One(5), One._make([6]))
for args in [("1a", "x"), ("T", "x def"), ("T", "_x"), ("T", "x x"), ("T", ["x", 3])]:
    try:
        namedtuple(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    namedtuple("T", "x", defaults=[1, 2])
except TypeError as e:
    print("TypeError", e)
for f in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2),
          lambda: Point._make([1]), lambda: p._replace(z=1)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
class Sub(Point):
    def norm(self):
        return self.x * self.x + self.y * self.y
s = Sub(3, 4)
print(s, s.norm(), Sub._make([1, 1]))
print(Point.__match_args__)
match p:
    case Point(x=1, y=yy):
        print("matched", yy)
E = namedtuple("E", "")
print(E(), E._fields)
print(sorted(P3(1)._asdict().items()))
