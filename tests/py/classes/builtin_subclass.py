class MyInt(int):
    def __new__(cls, v, extra=0):
        obj = super().__new__(cls, v + extra)
        obj.extra = extra
        return obj
m = MyInt(5, 2)
print(m, repr(m), m + 1, type(m + 1).__name__, m.extra, type(m).__name__, isinstance(m, int))
class MyFloat(float):
    def __repr__(self): return 'MyFloat(' + super().__repr__() + ')'
print(repr(MyFloat(1.5)), MyFloat(1.5) * 2, str(MyFloat(2.5)))
class MyStr(str):
    def shout(self): return self.upper() + '!'
s = MyStr('hi')
print(s, repr(s), s.shout(), type(s + 'x').__name__, s == 'hi', hash(s) == hash('hi'), len(s))
class MyBytes(bytes): pass
print(MyBytes(b'ab'), MyBytes(b'ab')[0], type(MyBytes(b'x')).__name__)
class MyTuple(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
t = MyTuple(1, 2)
print(t, len(t), t[1], type(t).__name__)
class Point(tuple):
    __slots__ = ()
    @property
    def x(self): return self[0]
print(Point((3, 4)).x)
class MyList(list):
    def append(self, v):
        super().append(v * 2)
l = MyList([1])
l.append(5)
print(l, repr(l), len(l), type(l[:1]).__name__)
class MyDict(dict):
    def __missing__(self, k): return 'missing ' + str(k)
d = MyDict(a=1)
print(d['a'], d['b'], d, d.get('b'))
class MySet(set): pass
print(MySet([1]), type(MySet([1]) | {2}).__name__)
class MyFS(frozenset): pass
print(MyFS([1]), repr(MyFS()))
class MyExc(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = MyExc(1, 2)
print(repr(e), str(e), e.args, e.b)
class MyExc2(Exception):
    def __new__(cls, *a):
        o = super().__new__(cls, *a)
        o.tag = 't'
        return o
print(repr(MyExc2('x')), MyExc2('x').tag)
class MyDict2(dict):
    def __getitem__(self, k): return 42
dd = MyDict2(a=1)
print(dd['a'], dd.get('a'), dict(dd))
class Inty(int): pass
print(Inty('12', 8), Inty(), Inty(True), repr(Inty(-3)))
class B(int): pass
print(True + B(1), B(3) // 2, type(-B(2)).__name__, type(abs(B(-2))).__name__)
class Lst(list):
    def __init__(self, *a):
        super().__init__(a)
print(Lst(1, 2, 3))
class St(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(St('abc'), St('abc').lower())
class Cplx(complex): pass
print(Cplx(1, 2), type(Cplx(1, 2)).__name__)
