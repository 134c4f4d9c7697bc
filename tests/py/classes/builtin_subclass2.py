class F(float):
    def __new__(cls, v, unit='m'):
        o = super().__new__(cls, v); o.unit = unit; return o
f = F(2.5, 'km')
print(f, f.unit, f * 2, type(f * 2).__name__, repr(f), f.is_integer(), F('1.5'))
class B(bytes):
    def __new__(cls, s): return super().__new__(cls, s.encode())
print(B('hi'), type(B('hi')).__name__, B('hi').decode(), B('ab')[:1], type(B('ab')[:1]).__name__)
class FS(frozenset):
    def __new__(cls, *items): return super().__new__(cls, items)
fs = FS(1, 2)
print(sorted(fs), type(fs).__name__, fs | {3}, type(fs | {3}).__name__, repr(FS()))
class S(set): pass
print(repr(S()), repr(S([1])), S([1]) == {1}, type(S([1]).copy()).__name__)
class T(tuple):
    def __repr__(self): return 'T' + super().__repr__()
print(T((1, 2)), T((1,)) + (2,), type(T((1,)) + (2,)).__name__, T([1])[0])
class L(list):
    def __getitem__(self, i): return 'L' + str(i)
l = L([1, 2])
print(l[0], list(l), [x for x in l], l == [1, 2], len(l))
class D(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
d = D(a=1)
d['b'] = 2
d.update(c=3)
print(d, D.fromkeys('ab'), type(D.fromkeys('ab')).__name__)
class Str(str):
    def __str__(self): return 'custom str'
s = Str('raw')
print(str(s), '%s' % s, f'{s}', s + '!', s.upper(), print(s) if False else '')
class I(int):
    def __repr__(self): return 'I(%d)' % self
print(repr(I(3)), str(I(3)), f'{I(3)}', '%d' % I(3), I(3) + 0, [I(1)])
class C(complex): pass
c = C(1, 2)
print(c, c.real, type(c + 1).__name__)
import collections
class OD(collections.OrderedDict): pass
print(OD(a=1))
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E('bad', 42)
except E as e:
    print(e, e.code, repr(e), e.args)
class BoolLike(int): pass
print(bool(BoolLike(0)), BoolLike(5) == 5, hash(BoolLike(5)) == 5)
