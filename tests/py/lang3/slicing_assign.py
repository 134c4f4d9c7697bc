# slices: reading, assigning, deleting, extended slices and their errors
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-3], a[-3:-1], a[5:2], a[5:2:-1], a[100:], a[-100:2])
b = a[:]
b[2:5] = ['x']
print(b)
b[:0] = [-1, -2]
print(b)
b[len(b):] = [99]
print(b)
b[::2] = range(len(b[::2]))
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(e)
c = list(range(6))
del c[::2]
print(c)
del c[1:]
print(c)
s = 'abcdef'
print(s[::2], s[::-1], s[1:-1], s[-1:-4:-1], s[slice(1, None, 2)])
t = tuple(range(5))
print(t[1:3], t[::-2], t[slice(None)] is t)
class Rec:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print('set', k, v)
    def __delitem__(self, k): print('del', k)
r = Rec()
print(r[1:2], r[::], r[1:2:3], r[:, 1], r[..., None], r[1:2, ::3])
r[::2] = 'v'
del r[:-1]
try:
    [1, 2][1.5:2]
except TypeError as e:
    print(e)
try:
    [1][::0]
except ValueError as e:
    print(e)
ba = bytearray(b'hello')
ba[1:3] = b'EL'
print(ba, ba[::-1], memoryview(b'abc')[1:].tobytes())
print(range(10)[::-2], range(10)[3:100], 'xyz'[5:])
