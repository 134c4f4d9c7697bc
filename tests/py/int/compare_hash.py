vals = [0, 1, -1, 2, -2, 2**47 - 1, -2**47, 2**47, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1),
        2**62, -(2**62), 2**64, 10**30, -(10**30), 3**100, -(3**100), 2**122 - 1]
for v in vals:
    print(v, hash(v), hash(v) == hash(v + 0))
print(hash(-1), hash(-2), hash(True), hash(False))
print(hash(2**61 - 1) == hash(0), hash(2**61) == hash(1), hash(-(2**61)) == hash(-1))
for a in vals[:12]:
    print([a < b for b in vals[:12]], [a == b for b in vals[:12]])
print(1 == 1.0, 2**100 == 2.0**100, 5 < 6, 5 <= 5, 5 > 6, 5 >= 5, 5 != 5)
print(2**100 < 2**101, -2**100 < 2**100, -2**101 < -2**100, 10**30 == 10**30)
print(True == 1, False == 0, True < 2, True > False, max(3, 2**70, -5), min(3, -2**70))
print((1).__eq__(1.0), (1).__lt__('a'), (2**70).__eq__(2**70), (5).__ne__(5))
print(sorted([3, -2**80, 2**80, 0, -1, True, 2**47, -2**47]))
try:
    print(1 < 'a')
except TypeError as e:
    print('TypeError', e)
d = {2**100: 'big', 1: 'one', -1: 'minus'}
print(d[2**100], d[True], d[-1])
