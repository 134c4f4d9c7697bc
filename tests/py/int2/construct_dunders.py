def show(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r)
import sys
class I:
    def __index__(self): return 7
class T:
    def __trunc__(self): return 8
class N:
    def __int__(self): return 9
class B:
    def __int__(self): return 'x'
class TB:
    def __trunc__(self): return 'x'
class TI:
    def __trunc__(self): return I()
show(28, lambda: int(1.5e300))
show(29, lambda: int(float('inf')))
show(30, lambda: int(float('nan')))
show(31, lambda: int(-0.9))
show(32, lambda: int(None))
show(33, lambda: int([1]))
show(34, lambda: int(3+0j))
show(35, lambda: (int(I()), int(T()), int(N())))
show(36, lambda: int(B()))
show(37, lambda: int(TB()))
show(38, lambda: int(TI()))
show(39, lambda: int('10', I()))
show(40, lambda: int('10', base=2))
show(41, lambda: int(x='10'))
show(193, lambda: (True).__index__())
