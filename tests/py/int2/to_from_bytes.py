def show(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r)
import sys
class T:
    def __trunc__(self): return 8
show(86, lambda: (int.from_bytes(b'\xff\x00'), int.from_bytes(b'\xff\x00', 'little', signed=True), int.from_bytes([1, 2], 'big')))
show(87, lambda: ((255).to_bytes(), (-1).to_bytes(2, 'little', signed=True), (1024).to_bytes(4, byteorder='big')))
show(88, lambda: (256).to_bytes())
show(89, lambda: (-1).to_bytes(1))
show(90, lambda: (128).to_bytes(1, signed=True))
show(91, lambda: (1).to_bytes(1, 'middle'))
show(92, lambda: (1).to_bytes(-1))
show(93, lambda: int.from_bytes('ab'))
show(94, lambda: hasattr(1, 'is_integer'))
show(175, lambda: (2**63).__sizeof__() > 0)
show(176, lambda: int.from_bytes(b'', 'little', signed=True))
show(177, lambda: (0).to_bytes(0, 'big'))
show(178, lambda: (1).to_bytes(0, 'big'))
show(179, lambda: (-128).to_bytes(1, 'big', signed=True))
show(180, lambda: (1.0).__int__())
