# comparisons: exact between floats and ints of any size, NaN unordered
big = 2**53
vals = [0.0, -0.0, 1.0, 0.5, -1.5, float(big), big, big + 1, float(big + 2), 2**64, float(2**64),
        2**64 + 1, -2**64, -(2**64 + 1), 10**400, -10**400, float('inf'), float('-inf'),
        float('nan'), True, False, 2**1024 - 2**970, 1.7976931348623157e308, 2**1023 + 0.5]
for a in vals:
    for b in vals:
        print(a < b, a <= b, a == b, a != b, a > b, a >= b, end=';')
    print()
print(0.1 + 0.2 == 0.3, 0.5 == 1/2, 1.0 == 1, 1.5 != 1)
print(float(2**63) == 2**63, float(2**63) == 2**63 - 1, 9007199254740993 == 9007199254740992.0)
print(9007199254740993 > 9007199254740992.0, 9007199254740993 < 9007199254740994.0)
print(2.5 > 2, 2.5 < 3, -2.5 < -2, -2.5 > -3)
try:
    1.0 < 'a'
except TypeError as e:
    print(e)
try:
    None >= 1.5
except TypeError as e:
    print(e)
print(1.0 == 'a', 1.0 != None, [1.0] == [1], (1.5, 2) < (1.5, 3))
print(max(1, 2.5, 2), min(-0.0, 0.0), sorted([3, 1.5, -2, 2**70, 1e20]))
