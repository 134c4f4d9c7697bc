def show(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r)
import sys
class I:
    def __index__(self): return 7
class N:
    def __int__(self): return 9
show(122, lambda: (float('  1_0.5 '), float('1e5'), float('-iNF'), float('+nan'), float('infinity'), float('-Infinity'), float('.5'), float('5.'), float('1_000'), float(b'1.5'), float('\u0663.5')))
show(123, lambda: float('1__0'))
show(124, lambda: float('_1'))
show(125, lambda: float('1_'))
show(126, lambda: float('1._5'))
show(127, lambda: float('inf_'))
show(128, lambda: float(''))
show(129, lambda: float('0x10'))
show(130, lambda: float(b'x'))
show(131, lambda: float([]))
show(132, lambda: float('1e500'))
show(133, lambda: float('1e-500'))
show(134, lambda: float(10**400))
show(135, lambda: (float.fromhex('0x1.8p1'), float.fromhex('-0X.1P-2'), float.fromhex('inf'), float.fromhex('  0x1p-1074 '), float.fromhex('0x1.fffffffffffff8p1023') if False else 0, float.fromhex('1')))
show(136, lambda: float.fromhex('0x1p1024'))
show(137, lambda: float.fromhex('0xg'))
show(138, lambda: ((1.5).hex(), (0.0).hex(), (-0.0).hex(), (5e-324).hex(), float('inf').hex(), (1e308).hex(), (0.1).hex()))
show(139, lambda: ((1.0).is_integer(), (1.5).is_integer(), float('inf').is_integer()))
show(181, lambda: float.fromhex('0x1.000000000000080p0'))
show(182, lambda: float.fromhex('0x1.000000000000081p0'))
show(183, lambda: float.fromhex('0x0.0000000000001p-1022'))
show(184, lambda: float.fromhex('0x1.00000000000008p-1074'))
show(194, lambda: float.fromhex(5))
