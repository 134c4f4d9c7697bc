def show(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r)
import sys
class T:
    def __trunc__(self): return 8
show(76, lambda: 1 / 0)
show(77, lambda: 1 // 0)
show(78, lambda: 1 % 0)
show(79, lambda: divmod(1, 0))
show(80, lambda: 10**400 / 10**399)
show(81, lambda: 2**2000 / 3)
show(82, lambda: 1 / 2**2000)
show(83, lambda: (2**53 + 1) / 1)
show(84, lambda: round(12345, -2), )
show(85, lambda: (round(25, -1), round(35, -1), round(-25, -1), round(2**70 + 50, -2)))
show(86, lambda: (int.from_bytes(b'\xff\x00'), int.from_bytes(b'\xff\x00', 'little', signed=True), int.from_bytes([1, 2], 'big')))
show(87, lambda: ((255).to_bytes(), (-1).to_bytes(2, 'little', signed=True), (1024).to_bytes(4, byteorder='big')))
show(88, lambda: (256).to_bytes())
show(89, lambda: (-1).to_bytes(1))
show(90, lambda: (128).to_bytes(1, signed=True))
show(91, lambda: (1).to_bytes(1, 'middle'))
show(92, lambda: (1).to_bytes(-1))
show(93, lambda: int.from_bytes('ab'))
show(95, lambda: (hash(2**61 - 1), hash(2**61), hash(-1), hash(-2), hash(2**100), hash(-2**100), hash(0.5), hash(1.5), hash(-0.5), hash(1e100), hash(float('inf')), hash(-float('inf'))))
show(96, lambda: (hash(1+2j), hash(complex(0, 1)), hash(-1.0), hash(2**64 + 0.0)))
show(97, lambda: (2**1000 == 2.0**1000, 2**1000 + 1 > 2.0**1000, 2**1024 > float('inf'), 2**1024 < float('inf'), 2**53+1 == 2.0**53, float('nan') == 1, 10**400 > 1e308))
show(98, lambda: ((12).as_integer_ratio(), (0.75).as_integer_ratio(), (-0.1).as_integer_ratio()))
