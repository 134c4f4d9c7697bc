# exact integer functions: factorial, comb, perm, isqrt, gcd, lcm
import math

print([math.factorial(n) for n in range(15)])
print(math.factorial(30), math.factorial(True))
f = math.factorial(1000)
print(len(str(f)), f % (10**20 + 7), str(f)[:30])
print(math.factorial(5000) == math.prod(range(1, 5001)))
for x in [-1, 5.0, '5', 10**20]:
    try:
        math.factorial(x)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

print([math.comb(10, k) for k in range(12)])
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(5, None))
print(math.comb(100, 50), math.perm(30, 20), math.comb(10**20, 5), math.comb(10**20, 10**20 - 3))
print(math.perm(2**70, 3), math.comb(0, 0), math.comb(1000, 997))
for args in [(-1, 2), (5, -1), (5.0, 2), (5, 2.0)]:
    for f in (math.comb, math.perm):
        try:
            f(*args)
        except (ValueError, TypeError) as e:
            print(f.__name__, args, type(e).__name__, e)
for args in [(5,), (1, 2, 3)]:
    try:
        math.comb(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    math.perm(-3)
except ValueError as e:
    print('ValueError', e)

print([math.isqrt(n) for n in range(30)])
for n in [2**52 - 1, 2**52, 2**53 + 1, 2**64 - 1, 2**64, 10**30, 10**100 + 12345, (10**50 + 3)**2, (10**50 + 3)**2 - 1]:
    r = math.isqrt(n)
    print(r, r * r <= n < (r + 1) * (r + 1))
print(math.isqrt(True))
for x in [-1, 2.0, -10**30]:
    try:
        math.isqrt(x)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, -18, 27))
print(math.gcd(2**100, 6**50), math.gcd(3**80 * 2, 3**70 * 5), math.gcd(0, -5), math.gcd(True, 4))
print(math.lcm(), math.lcm(-5), math.lcm(4, 6), math.lcm(4, 6, -8), math.lcm(0, 5), math.lcm(2**70, 3**40))
for f in (math.gcd, math.lcm):
    try:
        f(1.5)
    except TypeError as e:
        print('TypeError', e)
class I:
    def __index__(self):
        return 21
print(math.gcd(I(), 14), math.lcm(I(), 6), math.factorial(I()) > 0, math.isqrt(I()))
