def show(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: int())
show(lambda: int(42))
show(lambda: int(-7.9))
show(lambda: int(7.9))
show(lambda: int(1e20))
show(lambda: int(-1e300))
show(lambda: int(2.0**100))
show(lambda: int(float('inf')))
show(lambda: int(float('-inf')))
show(lambda: int(float('nan')))
show(lambda: int(True))
show(lambda: int('  42  '))
show(lambda: int('-0'))
show(lambda: int('+17'))
show(lambda: int('1_000_000'))
show(lambda: int('1__0'))
show(lambda: int('_1'))
show(lambda: int('1_'))
show(lambda: int(''))
show(lambda: int('   '))
show(lambda: int('12a'))
show(lambda: int('1.5'))
show(lambda: int('0x1f'))
show(lambda: int('0x1f', 16))
show(lambda: int('0x1f', 0))
show(lambda: int('0X1F', 0))
show(lambda: int('0o17', 0))
show(lambda: int('0b101', 0))
show(lambda: int('0b101', 16))
show(lambda: int('0x_1f', 0))
show(lambda: int('0_x1f', 0))
show(lambda: int('010', 0))
show(lambda: int('000', 0))
show(lambda: int('0_0', 0))
show(lambda: int('010', 8))
show(lambda: int('z', 36))
show(lambda: int('Z', 36))
show(lambda: int('zz', 35))
show(lambda: int('1', 1))
show(lambda: int('1', 37))
show(lambda: int('1', -1))
show(lambda: int('1', 2**100))
show(lambda: int('1', base=0))
show(lambda: int('11', base=2))
show(lambda: int(x='1'))
show(lambda: int(base=10))
show(lambda: int(5, 10))
show(lambda: int(5.0, 10))
show(lambda: int('1', '2'))
show(lambda: int('1', 2, 3))
show(lambda: int(None))
show(lambda: int([1]))
show(lambda: int(b'42'))
show(lambda: int(b' -42 '))
show(lambda: int(b'ff', 16))
show(lambda: int(bytearray(b'123')))
show(lambda: int(b'1x'))
show(lambda: int('\u0663\u0664'))
show(lambda: int('\uff11\uff12'))
show(lambda: int('\u20035\u3000'))
show(lambda: int('x' * 300))
show(lambda: int('9' * 40))
show(lambda: int('-' + 'f' * 40, 16))
show(lambda: int('1' * 100, 2))
show(lambda: int('7' * 50, 8))
show(lambda: int('zz' * 30, 36))
show(lambda: int('12', 3))
show(lambda: int('\t\n12\r\x0b\x0c'))
show(lambda: int('- 1'))
show(lambda: int('+-1'))
show(lambda: int('1 2'))


class WithInt:
    def __int__(self):
        return 7


class WithIndex:
    def __index__(self):
        return 8


class WithTrunc:
    def __trunc__(self):
        return 9


class TruncIndex:
    def __trunc__(self):
        return WithIndex()


class TruncBad:
    def __trunc__(self):
        return 'x'


class BadInt:
    def __int__(self):
        return 'no'


show(lambda: int(WithInt()))
show(lambda: int(WithIndex()))
show(lambda: int(WithTrunc()))
show(lambda: int(TruncIndex()))
show(lambda: int(TruncBad()))
show(lambda: int(BadInt()))
show(lambda: int('5', WithIndex()))
