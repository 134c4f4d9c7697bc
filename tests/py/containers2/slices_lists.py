# List slicing and slice assignment, as fannkuch uses them.
perm = list(range(9))
for k in range(9):
    p = perm[:]
    p[:k + 1] = p[k::-1]
    print(p)
a = list(range(10))
print(a[::2], a[1::3], a[::-1], a[-3:], a[:-3], a[8:2:-2], a[100:], a[-100:2])
a[::2] = 'abcde'
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print('ValueError', e)
a[2:5] = ()
print(a)
a[1:1] = a
print(a)
del a[::3]
print(a)
t = tuple(range(6))
print(t[1:4], t[::-2], t[:])
print((t[:] is t), (a[:] is a))
s = slice(1, 8, 3)
print(a[s], s.indices(5), slice(None, None, -1).indices(4))
try:
    a[::0]
except ValueError as e:
    print('ValueError', e)
