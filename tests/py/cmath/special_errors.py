# Which infinite and NaN arguments raise, and whether the parts of the result
# are finite, infinite or NaN (the signs of zeros are in the pending test).
import cmath, math

inf, nan = math.inf, math.nan

def kind(x):
    return 'n' if math.isnan(x) else 'i' if math.isinf(x) else 'f'

points = [complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(0, -inf),
          complex(inf, inf), complex(-inf, -inf), complex(nan, 0), complex(0, nan),
          complex(inf, nan), complex(nan, inf), complex(1, inf), complex(-1, -inf),
          complex(inf, 1), complex(-inf, 1), complex(nan, nan), complex(1e308, 1e308)]
for name in ['exp', 'log', 'log10', 'sqrt', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
             'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']:
    f = getattr(cmath, name)
    out = []
    for z in points:
        try:
            w = f(z)
            out.append(kind(w.real) + kind(w.imag))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[:2])
    print('%-6s' % name, ' '.join(out))
