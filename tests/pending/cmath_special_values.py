import cmath, math

inf, nan = math.inf, math.nan
points = [complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(0, -inf),
          complex(inf, inf), complex(-inf, -inf), complex(nan, 0), complex(0, nan),
          complex(inf, nan), complex(nan, inf), complex(1, inf), complex(-1, -inf),
          complex(inf, 1), complex(-inf, 1), complex(nan, nan)]
for name in ['exp', 'log', 'sqrt', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh',
             'cosh', 'tanh', 'asinh', 'acosh', 'atanh']:
    f = getattr(cmath, name)
    out = []
    for z in points:
        try:
            w = f(z)
            out.append('(%r,%r)' % (w.real, w.imag))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
for z in points:
    print(cmath.phase(z), cmath.polar(z))
