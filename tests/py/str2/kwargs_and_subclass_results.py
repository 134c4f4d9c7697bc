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
show(1, lambda: 'a,b,c'.split(sep=',', maxsplit=1))
show(2, lambda: 'a,b,c'.rsplit(',', maxsplit=1))
show(3, lambda: 'abc'.count('a', None, None))
show(4, lambda: 'abc'.find('c', None, 5))
show(5, lambda: 'abc'.find('c', start=0))
show(6, lambda: 'abc'.splitlines(keepends=True))
show(7, lambda: 'abc'.expandtabs(tabsize=2))
show(8, lambda: 'abc'.encode(errors='strict'))
show(9, lambda: 'abc'.center(width=5))
show(10, lambda: [type(x).__name__ for x in (S('ab') + 'c', S('ab') * 2, S('ab')[0], S('ab')[:], S('ab').upper(), S('ab').strip(), str(S('ab')), S('ab').replace('x', 'y'), S('a').join(['b']), S('a b').split()[0], S('ab').center(1), S('ab').ljust(1), S('ab').zfill(1), format(S('ab')), S('ab').__str__(), '%s' % S('x'), f'{S("x")}', S('ab').casefold(), S('ab').swapcase(), S('ab').expandtabs(), S('ab').translate({}))])
show(11, lambda: [type(x).__name__ for x in (I(5) + 1, I(5) * I(2), -I(5), +I(5), abs(I(5)), I(5) // 2, I(5) << 1, ~I(5), I(5).real, I(5).numerator, int(I(5)), I(5).__index__(), round(I(5)), I(5).conjugate(), I(5).__trunc__(), I(5) & 1, pow(I(2), 3), divmod(I(5), 2)[0])])
show(12, lambda: [type(x).__name__ for x in (F(1.5) + 1, -F(1.5), +F(1.5), abs(F(1.5)), F(1.5).real, float(F(1.5)), F(1.5).conjugate(), round(F(1.5), 1), F(1.5).__trunc__(), F(1.5) ** 2)])
show(13, lambda: [type(x).__name__ for x in (C(1) + 1, -C(1), +C(1), C(1).conjugate(), complex(C(1)), C(1j).real)])
show(14, lambda: [type(x).__name__ for x in (B(b'ab') + b'c', B(b'ab')[0:1], B(b'ab').upper(), bytes(B(b'x')), B(b'ab') * 1, B(b'a').join([b'b']), BA(b'ab') + b'c', BA(b'ab')[0:1], BA(b'ab').upper(), BA(b'ab').copy(), BA(b'a') * 2)])
show(15, lambda: (repr(I(5)), str(I(5)), repr(F(1.5)), repr(C(1j)), repr(S('x')), repr(B(b'x')), repr(BA(b'x')), repr(I(2**100))))
