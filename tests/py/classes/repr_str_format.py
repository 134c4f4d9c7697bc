class A: pass
r = repr(A())
print(r.startswith('<__main__.A object at 0x'), r.endswith('>'))
a_ = A()
print(str(a_) == repr(a_))
class B:
    def __repr__(self): return 'B!'
print(repr(B()), str(B()), f'{B()}', f'{B()!r}', format(B()), '%s %r' % (B(), B()))
class C:
    def __str__(self): return 'C-str'
print(str(C()), repr(C()).startswith('<'), format(C()), f'{C()}')
try:
    format(C(), 'x')
except TypeError as e:
    print(e)
try:
    format(object(), '>10')
except TypeError as e:
    print(e)
print(format(object(), '') .startswith('<object'))
class D:
    def __format__(self, spec): return 'D:' + spec
print(format(D(), 'abc'), f'{D():xyz}', '{:q}'.format(D()))
class E:
    def __repr__(self): return 5
try:
    repr(E())
except TypeError as e:
    print(e)
class F:
    def __str__(self): return None
try:
    str(F())
except TypeError as e:
    print(e)
class G:
    def __format__(self, spec): return 1
try:
    format(G(), '')
except TypeError as e:
    print(e)
class S(str):
    pass
class H:
    def __str__(self): return S('sub')
print(type(str(H())).__name__)
class I(int):
    pass
print(repr(I(5)), str(I(5)), format(I(5), '03'))
print(repr(A).startswith("<class '__main__.A'>"), repr(int), repr(type))
class J:
    def __repr__(self): return 'J\u00e9'
print(ascii(J()), repr(J()))
print(object.__repr__(B()).startswith('<__main__.B object'))
print(object.__str__(B()))
class K:
    def __bytes__(self): return b'kk'
print(bytes(K()))
class L:
    def __bytes__(self): return 'no'
try:
    bytes(L())
except TypeError as e:
    print(e)
