# every operator between special floats, ints and complexes (one line per pair)
vals = [0.0, -0.0, 1.0, -2.5, 0.5, 1e308, 5e-324, float('inf'), float('-inf'), float('nan'),
        0, -3, 2**53 + 1, -10**400, True, 1j, -2.5+0.5j, complex(0.0, -0.0), complex(float('inf'), 1), 7]
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b,
       lambda a, b: a // b, lambda a, b: a % b, lambda a, b: divmod(a, b),
       lambda a, b: a ** b if not (type(a) in (int, bool) and type(b) in (int, bool)) else 0,
       lambda a, b: a == b, lambda a, b: a < b, lambda a, b: a >= b,
       lambda a, b: complex(a, b) if not isinstance(b, complex) else complex(a)]
for a in vals:
    for b in vals:
        out = []
        for op in ops:
            try:
                out.append(repr(op(a, b)))
            except Exception as e:
                out.append(type(e).__name__ + ':' + str(e))
        print(repr(a), repr(b), '|', ' '.join(out))
for a in vals:
    out = []
    for f in (abs, lambda x: -x, bool, str, lambda x: x.real, lambda x: x.imag, lambda x: x.conjugate(),
              lambda x: hash(x) if x == x else 0, lambda x: round(x) if isinstance(x, float) else 0,
              lambda x: round(x, 2) if isinstance(x, float) else 0,
              lambda x: int(x) if not isinstance(x, complex) else 0,
              lambda x: float(x) if not isinstance(x, complex) else 0):
        try:
            out.append(repr(f(a)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(repr(a), '|', ' '.join(out))
