import cmath, math

def show(x):
    if isinstance(x, complex):
        return '(%s, %s)' % (show(x.real), show(x.imag))
    if isinstance(x, tuple):
        return '(' + ', '.join(show(v) for v in x) + ')'
    if isinstance(x, float):
        if math.isnan(x) or math.isinf(x) or x == 0:
            return repr(x)
        return '%.11g' % x
    return repr(x)

points = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 0.5 + 0.5j, -0.5 - 2j, 2 + 3j, -3 + 0.25j,
          1e-8 + 1e-8j, 10 - 10j, -0.0 + 0j, complex(0.0, -0.0), 0.3, -2, 5]
names = ['exp', 'log', 'log10', 'sqrt', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
         'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'phase', 'polar']
for name in names:
    f = getattr(cmath, name)
    out = []
    for z in points:
        try:
            out.append(show(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))

print(show(cmath.log(8, 2)), show(cmath.log(1j, 1 + 1j)), show(cmath.log(100, 10)))
for args in [(1, 0), (2, math.pi / 2), (-1, 1), (0, 1), (3.5, -2.25)]:
    print('rect', args, show(cmath.rect(*args)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))

class C:
    def __complex__(self):
        return 3 + 4j

class F:
    def __float__(self):
        return 2.0

print(show(cmath.sqrt(C())), show(cmath.sqrt(F())), cmath.phase(-1), cmath.polar(C()))
for bad in ['x', None, [1]]:
    try:
        cmath.sqrt(bad)
    except TypeError as e:
        print('TypeError', e)
for f, z in [(cmath.log, 0), (cmath.atanh, 1), (cmath.exp, 1000), (cmath.cosh, 1000 + 1j),
             (cmath.atan, 1j), (cmath.atanh, -1)]:
    try:
        print(f(z))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    cmath.log(2, 1)
except ValueError as e:
    print('ValueError', e)
