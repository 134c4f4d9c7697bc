a = 0.0; b = -0.0; c = 1; d = 1.0; e = True; f = 0j; g = -0j; h = (1, 2); i = (1.0, 2); j = (True, 2)
print(a, b, c, d, e, f, g, h, i, j)
print([0.0, -0.0], (1, 1.0, True), {'x': -0.0}, [1e0, 1])
def k(): return 0.0, -0.0, 1, 1.0, True, (0.0,), (-0.0,)
print(k())
print(1 if 0.0 else 2, -0.0 == 0.0, str(-0.0))
x = 5
print(x if (y := x) > 3 and y < 10 else None, y)
print(not 1 < 2 < 3, not (1 < 2 > 3))
def side(v):
    print('side', v); return v
if side(1) < side(2) < side(0): print('yes')
else: print('no')
print(1 in (side(1), side(2)), 3 not in (side(3),))
print('b' in (c for c in 'abc'))
s = {1.0, 1, True}
print(s, {1: 'a', 1.0: 'b'}, {0.0, -0.0})
print(2 ** 100 == 2 ** 100, 'ab' * 2 == 'abab', (1,) * 2)
print(b'\x00' * 3, -(2 ** 63), -9223372036854775808, 0x8000000000000000)
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2)
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 2) == 0.3)
print(float('inf') - float('inf'), 10 ** -2, 7 // -2, -7 % 3, 7.5 // 2, -7.5 % 2)
