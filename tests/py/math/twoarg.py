# fmod, remainder, atan2, copysign, nextafter, ulp, isclose, classification
import math

inf, nan = float('inf'), float('nan')
pairs = [(5.5, 2), (-5.5, 2), (5.5, -2), (1, 0), (inf, 2), (2, inf), (-2, inf), (nan, 1),
         (1, nan), (0.0, 1), (-0.0, 1), (7, 3), (-7, 3), (1e300, 1e-300), (3, 2)]
for name in ['fmod', 'remainder', 'atan2', 'copysign', 'nextafter']:
    f = getattr(math, name)
    out = []
    for x, y in pairs:
        try:
            out.append(repr(f(x, y)))
        except ValueError as e:
            out.append('ValueError:' + str(e))
    print(name, ' '.join(out))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(inf, inf), math.atan2(-inf, -inf))

for x in [0.0, 1.0, -1.0, 2.0, 1e300, 5e-324, 1.7976931348623157e308, inf, -inf, nan]:
    print(repr(x), repr(math.ulp(x)))

print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(inf, inf))
print(math.isclose(inf, -inf), math.isclose(nan, nan), math.isclose(a=1, b=1))
for kw in [{'rel_tol': -1}, {'abs_tol': -0.5}]:
    try:
        math.isclose(1, 2, **kw)
    except ValueError as e:
        print('ValueError', e)
try:
    math.isclose(1, 2, 3)
except TypeError as e:
    print('TypeError', e)

for x in [0, 1.5, inf, -inf, nan, 10**20, True]:
    print(repr(x), math.isfinite(x), math.isinf(x), math.isnan(x))
try:
    math.isnan('a')
except TypeError as e:
    print('TypeError', e)
for f in (math.fmod, math.atan2, math.copysign):
    try:
        f(1)
    except TypeError as e:
        print('TypeError', e)
