def show(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r)
import sys
class N:
    def __int__(self): return 9
show(151, lambda: (complex('1+2j'), complex(' (1-2J) '), complex('j'), complex('-j'), complex('1e3j'), complex('inf-nanj'), complex('1_0+2_0j'), complex(1, 2j), complex('3'), complex(1j, 1j)))
show(152, lambda: complex('1+2j', 3))
show(153, lambda: complex('1 + 2j'))
show(154, lambda: complex(''))
show(155, lambda: complex('(1+2j'))
show(156, lambda: complex(None))
show(157, lambda: complex('1', '2'))
show(158, lambda: complex(1, '2'))
show(159, lambda: ((1+2j) / (3-4j), (1+2j) ** 2, (1+2j) ** -1, 1j ** 0, 0j ** 0, abs(3+4j), (1+2j).conjugate(), (2j).real, (2j).imag))
show(160, lambda: (1+2j) / 0)
show(161, lambda: 0j ** -1)
show(162, lambda: 0j ** 1j)
show(163, lambda: (1+2j) // 2)
show(164, lambda: (1+2j) % 2)
show(165, lambda: (1+2j) < (1+2j))
show(166, lambda: (repr(complex(0.0, -0.0)), repr(complex(-0.0, 0.0)), repr(complex(-0.0, -0.0)), repr(complex(float('nan'), float('inf'))), repr(complex(1e16, 1e-16)), repr(-1j), repr(complex(0, -0.0)), str(2+0j), repr(complex(-0.0, 1))))
show(167, lambda: abs(complex(1e308, 1e308)))
show(168, lambda: (1e308+1e308j) * 10)
show(169, lambda: ((1+1j) ** 1000))
show(170, lambda: 2 ** (1+1j))
show(171, lambda: (1+2j == 1+2j, 1+0j == 1, 1j == 1, (1+0j) == 1.0, hash(1+0j) == hash(1)))
show(172, lambda: complex.__new__(complex, '1+1j'))
show(173, lambda: complex('1+1j ').imag)
show(174, lambda: pow(1j, 2, 3))
