# augmented assignment evaluates the target once and prefers __iXXX__
class A:
    def __init__(self): self.v = 1
    def __getattr__(self, n):
        print('getattr', n)
        return 0
class L(list):
    def __iadd__(self, o):
        print('iadd')
        return super().__iadd__(o)
a = A(); a.v += 2; print(a.v)
a.w += 5; print(a.w)
d = {'k': [1]}
d['k'] += [2]; print(d)
class G:
    def __getitem__(s, k):
        print('get', k)
        return 10
    def __setitem__(s, k, v): print('set', k, v)
g = G(); g[1:2] += 1; g['a'] **= 2
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e, t)
x = L([1]); x += [2]; print(x)
s = 'a'; s *= 3; print(s)
n = 7; n //= 2; n **= 3; n %= 5; n <<= 4; n >>= 1; n |= 1; n &= 0xff; n ^= 3; print(n)
try:
    undefined_name += 1
except NameError as e:
    print(e)
def f():
    z += 1
try:
    f()
except UnboundLocalError as e:
    print(e)
cnt = 0
def key():
    global cnt
    cnt += 1
    return 'k'
d = {'k': 1}
d[key()] += 1; print(d, cnt)
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + o)
    def __repr__(self): return f'Num({self.v})'
q = Num(1); r = q; q += 5; print(q, r, q is r)
f2 = 1.5; f2 /= 2; f2 -= 0.25; print(f2)
try:
    tt = (1,); tt[0] -= 1
except TypeError as e:
    print(e)
