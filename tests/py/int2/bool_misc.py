def show(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r)
import sys
class T:
    def __trunc__(self): return 8
show(101, lambda: (abs(-2**70), abs(-5), -(-2**47), +True, -True, ~True))
show(102, lambda: (True + True, True / 2, True // 2, True & 3, True | False, True ^ True, bool(0.0), bool(-0.0), bool(0j)))
show(103, lambda: (repr(True & False), repr(True | 0), ~False))
show(104, lambda: bool.__new__(bool, 5))
show(105, lambda: bool(x=1))
show(106, lambda: int.__new__(bool))
show(107, lambda: (int.bit_count(-7), (2**100 - 1).bit_count()))
