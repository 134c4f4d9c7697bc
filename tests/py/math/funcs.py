# one-argument float functions over a table of values, with their errors
import math

inf = float('inf')
nan = float('nan')
values = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.7, -3.7, 10.0, 1e-10, 1e300, -1e300, inf, -inf, nan, 7, True]
names = ['sqrt', 'exp', 'exp2', 'expm1', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos',
         'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'fabs', 'erf', 'erfc',
         'cbrt', 'degrees', 'radians', 'gamma', 'lgamma']

for name in names:
    f = getattr(math, name)
    row = []
    for v in values:
        try:
            row.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(row))

for name in ['sqrt', 'exp', 'sin', 'gamma', 'fabs']:
    try:
        getattr(math, name)('x')
    except TypeError as e:
        print(name, 'TypeError', e)
    try:
        getattr(math, name)()
    except TypeError as e:
        print(name, 'TypeError', e)

class F:
    def __float__(self):
        return 0.25
print(math.sqrt(F()), math.exp(F()))
print(math.gamma(0.5), math.gamma(5), math.gamma(-1.5), math.lgamma(0.5), math.lgamma(-2.5))
