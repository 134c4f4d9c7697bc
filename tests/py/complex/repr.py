# complex repr/str and attributes
inf, nan = float('inf'), float('nan')
vals = [1j, -1j, 0j, 1 + 2j, 1 - 2j, -1 - 2j, complex(-0.0, -1), complex(0.0, -0.0), complex(-0.0, 0.0),
        complex(nan, inf), complex(inf, -inf), complex(1.5, 0), complex(1e16, 1e-5), 2.5j, 1e300j * 10,
        complex(1, nan), complex(0.1, 0.2)]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, v.conjugate())
print([1j, 2 + 3j], (1 - 1j,))
print(hash(1 + 2j), hash(complex(1.5, 0)) == hash(1.5), hash(complex(2, 0)) == hash(2), hash(0j), hash(1j))
print((1+2j).__getnewargs__(), (1+2j).__complex__(), bool(0j), bool(1j), bool(complex(0, -0.0)))
