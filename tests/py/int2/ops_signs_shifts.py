def show(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r)
import sys
show(61, lambda: (7 // -2, -7 // 2, 7 % -2, -7 % 2, divmod(-7, 2), divmod(7, -2), divmod(-2**70, 3), (-2**70) % 3, 2**70 // -3))
show(62, lambda: (pow(3, -1, 7), pow(3, 4, -7), pow(-3, 3, 7), pow(2, 100, 10**9+7), pow(2, -1, 4)))
show(63, lambda: pow(2, 3, 0))
show(64, lambda: pow(2, -1, 1))
show(65, lambda: pow(2, 1.5, 3))
show(66, lambda: pow(2, -2))
show(67, lambda: 0 ** -1)
show(68, lambda: (-8) ** (1/3))
show(69, lambda: (1 << 100, -1 >> 100, -5 >> 1, 5 << 0, -(2**70) >> 3))
show(70, lambda: 1 << -1)
show(71, lambda: 1 >> -1)
show(72, lambda: 1 << 2**70)
show(73, lambda: 0 << 2**70)
show(74, lambda: 1 >> 2**70)
show(75, lambda: (-6 & 5, -6 | 5, -6 ^ 5, ~5, ~-2**70, (-2**70) & (2**65 - 1), (-2**70) | 3, (-2**70) ^ -3))
