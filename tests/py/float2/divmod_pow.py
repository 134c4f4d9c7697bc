def show(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r)
import sys
show(108, lambda: (divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), -7.5 % 2, 7.5 // -2, -0.0 % 5, 0.0 % -5, 5 % float('inf'), -5 % float('inf'), 5 // float('inf'), -5 // float('inf')))
show(109, lambda: 1.0 % 0)
show(110, lambda: 1.0 // 0.0)
show(111, lambda: divmod(1.0, 0))
show(112, lambda: 0.0 ** -1)
show(113, lambda: (-8.0) ** 0.5)
show(114, lambda: 10.0 ** 400)
show(115, lambda: (2.0 ** -2000, (-2.0) ** 3, (-0.0) ** 3, 0.0 ** 0, float('nan') ** 0, 1 ** float('nan'), (-1) ** float('inf'), float('inf') ** -1, (-float('inf')) ** 3))
show(116, lambda: pow(2.0, 3, 5))
show(117, lambda: (1e308 * 10, -1e308 * 10))
show(119, lambda: 2 ** 0.5)
show(120, lambda: (-2) ** 0.5)
show(121, lambda: (10 ** -2, type(10 ** -2)))
