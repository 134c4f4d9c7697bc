def show(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r)
class S(str): pass
class I(int): pass
class F(float): pass
class C(complex): pass
class B(bytes): pass
class BA(bytearray): pass
class R(int):
    def __repr__(self): return 'R!'
class FS(float):
    def __repr__(self): return 'FS!'
class SS(str):
    def __str__(self): return 'SS!'
    def __format__(self, spec): return 'fmt:' + spec
class Idx:
    def __index__(self): return 2
class Flt:
    def __float__(self): return 2.5
class Cx:
    def __complex__(self): return 1+2j
class BadF:
    def __float__(self): return 1
class BadI:
    def __index__(self): return 1.5
show(16, lambda: (str(R(3)), repr(R(3)), format(R(3)), f'{R(3)}', '%d' % R(3), '%s' % R(3), '%r' % R(3), R(3) + 0))
show(17, lambda: (str(FS(1.5)), format(FS(1.5)), f'{FS(1.5):.1f}', '%s' % FS(1.5), '%f' % FS(1.5)))
show(18, lambda: (str(SS('x')), format(SS('x'), '>3'), '{}'.format(SS('x')), '%s' % SS('x'), f'{SS("x")!s}', SS('x') + 'y'))
show(19, lambda: ('abcd'[Idx()], 'abcd'[Idx():], 'ab' * Idx(), b'ab' * Idx(), hex(Idx()), bin(Idx()), oct(Idx()), bytes(Idx()), [1,2,3][Idx()], '%x' % Idx(), '%d' % Idx(), format(Idx(), 'd') if hasattr(Idx, '__format__') else 0))
show(20, lambda: '%c' % Idx())
show(21, lambda: (float(Flt()), '%f' % Flt(), '%.1e' % Flt(), complex(Flt()), round(float(Flt()))))
show(22, lambda: '%d' % Flt())
show(23, lambda: int(Flt()))
show(24, lambda: (complex(Cx()), complex(Cx(), 1)))
show(25, lambda: float(Cx()))
show(26, lambda: float(BadF()))
show(27, lambda: 'ab'[BadI()])
show(28, lambda: int('5', base=Idx()))
show(29, lambda: (int(S(' 12 ')), float(S(' 1.5 ')), complex(S('1+2j')), int(B(b'7')), float(BA(b'2.5'))))
show(30, lambda: (True + 1, True * 2.5, True / True, -True, True << 3, True ** 10, divmod(True, 2), True == 1.0, hash(True), str(True), format(True, '^6'), format(False, 'd'), format(True, '.1f'), repr(True and 5), True.real, True.imag, True.bit_length(), bool.__name__, isinstance(True, int)))
show(31, lambda: bool('False'))
show(32, lambda: bool.__or__(True, 1))
show(33, lambda: (True | 2, False ^ True, True & True, type(True & True).__name__, type(True | 2).__name__))
show(34, lambda: 1)
