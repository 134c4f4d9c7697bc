class A:
    def __repr__(self): return 'A-repr'
a = A()
print(a, str(a), repr(a), f'{a}', f'{a!r}', [a], (a,), {'k': a})
class B:
    def __str__(self): return 'B-str'
b = B()
print(b, repr(b).startswith('<__main__.B object at 0x'), f'{b!s}', [b][0])
class C:
    def __format__(self, spec): return f'fmt[{spec}]'
print(format(C(), 'x>5'), f'{C():abc}', '{:zz}'.format(C()), f'{C()}')
class D: pass
try:
    format(D(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
dd = D()
print(format(dd, '') == str(dd))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Rec:
    def __init__(self): self.l = [self]
    def __repr__(self): return f'Rec({self.l!r})'
l = [1]; l.append(l); print(l)
d = {}; d['me'] = d; print(d)
print(repr(A), repr(int), repr(len), str(None))
print(ascii('é'), f'{"é"!a}')
