import math

print(math.isqrt(10**30 + 12345), math.comb(50, 20), math.perm(10, 3), math.perm(5))
print(math.gcd(12, 18, 30), math.lcm(4, 6, 10), math.gcd(), math.lcm())
print(math.factorial(25), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.dist((1, 2), (4, 6)), math.hypot(3, 4, 12), math.hypot())
print(math.copysign(1, -0.0), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-2.5))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(10**20 + 0.0))
print(math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.log(10**400))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.remainder(10, 3), math.fmod(-7, 3))
print(math.isfinite(math.inf), math.isnan(math.nan), math.isinf(-math.inf))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, -1), math.tau)
print(math.erf(0.5), math.erfc(0.5), math.gamma(5.5), math.lgamma(10.5))
print(math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.exp(1), math.expm1(1e-10))
print(math.sqrt(2), math.pow(2, 0.5), math.pow(2, -1))
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.factorial, (-1,)),
                (math.factorial, (2.5,)), (math.comb, (-1, 2)), (math.exp, (1000,)),
                (math.isqrt, (-4,)), (math.pow, (0, -1)), (math.acos, (2,)),
                (math.gcd, (1.5,)), (math.fsum, ([math.inf, -math.inf],)),
                (math.ldexp, (1.0, 10**20)), (math.floor, ("x",))]:
    try:
        print(f(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
