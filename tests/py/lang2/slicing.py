l = list(range(10))
print(l[2:5], l[:3], l[7:], l[::2], l[::-1], l[-3:], l[1:8:3], l[8:2:-2], l[100:], l[-100:2])
l2 = l[:]
l2[2:5] = ['a']
print(l2)
l2[::3] = [0] * len(l2[::3])
print(l2)
try:
    l2[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
del l2[::2]
print(l2)
class S:
    def __getitem__(self, k): return k
s = S()
print(s[1:2], s[1:2:3], s[:], s[::], s[1, 2], s[1:2, 3], s[...], s[:, None])
print(s[slice(1, 2)], slice(1, 2, 3).indices(10), slice(None).indices(4))
print('hello'[1:4], 'hello'[::-1], (1, 2, 3)[1:], b'bytes'[1:3])
class Idx:
    def __index__(self): return 2
print(l[Idx()], l[Idx():Idx() + 3 if False else 5])
try:
    l['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    l[1.5:2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    l[100]
except IndexError as e:
    print(type(e).__name__, e)
