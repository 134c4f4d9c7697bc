def show(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r)
import sys
class N:
    def __int__(self): return 9
show(140, lambda: (round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.5, 0), round(15.0, -1), round(25.0, -1), round(1e300, 2), round(0.5, 400), round(123.456, -400), round(1.23456789e-10, 12)))
show(141, lambda: round(float('inf')))
show(142, lambda: round(float('nan')))
show(143, lambda: round(float('inf'), 2))
show(144, lambda: round(1.5, 1.0))
show(145, lambda: (repr(0.1+0.2), repr(1e16), repr(1e-5), repr(123456789012345678.0), repr(1e22), repr(-0.0), repr(5e-324), repr(1.7976931348623157e308), repr(0.0001), repr(1e15)))
show(146, lambda: (float.__trunc__(-1.5), (1.5).__floor__(), (-1.5).__ceil__(), (1.5).conjugate(), (1.5).real, (1.5).imag))
show(147, lambda: float('inf').__floor__())
show(148, lambda: float('nan').__ceil__())
show(149, lambda: (float.__getformat__('double'),))
show(150, lambda: (1.0).__round__(None))
