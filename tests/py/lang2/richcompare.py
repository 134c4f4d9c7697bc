class C:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq', self.v); return isinstance(o, C) and self.v == o.v
    def __lt__(self, o):
        print('lt', self.v); return self.v < o.v
    def __le__(self, o):
        return NotImplemented
print(C(1) == C(1), C(1) != C(2))
print(C(1) < C(2), C(2) > C(1))
try:
    C(1) <= C(2)
except TypeError as e:
    print(type(e).__name__, e)
class N:
    pass
n = N()
print(n == n, n != n, n == N(), n != N())
try:
    n < n
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 < 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] >= (1,)
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __eq__(self, o): return 'truthy'
print(R() == 1, 1 == R(), R() != 1)
class Sub(C):
    def __eq__(self, o):
        print('Sub.eq'); return True
print(C(1) == Sub(2))
class AlwaysNE:
    def __ne__(self, o): return 'custom ne'
print(AlwaysNE() != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0 != 2)
def v(x):
    print('eval', x); return x
print(v(1) < v(0) < v(5))
print(v(1) < v(2) < v(3))
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), 'abc' < 'abd')
print(float('nan') == float('nan'))
