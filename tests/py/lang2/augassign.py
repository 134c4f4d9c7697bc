class C:
    def __init__(self): self.v = 1
c = C()
c.v += 5
c.v *= 2
print(c.v)
l = [1, 2, 3]
l[1] += 10
l[-1] **= 2
print(l)
d = {'a': [1]}
d['a'] += [2]
print(d)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
x = 7
x //= 2; print(x)
x %= 2; print(x)
x <<= 4; print(x)
x >>= 1; print(x)
x |= 3; print(x)
x &= 6; print(x)
x ^= 1; print(x)
x -= 100; print(x)
x /= 4; print(x)
s = "ab"; s *= 3; print(s)
class Log:
    def __init__(self): self.log = []
    def __getitem__(self, k):
        self.log.append(('get', k)); return 1
    def __setitem__(self, k, v):
        self.log.append(('set', k, v))
g = Log()
def key():
    print("key evaluated"); return 'k'
g[key()] += 1
print(g.log)
