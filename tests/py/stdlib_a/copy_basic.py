import copy

class P:
    def __init__(self, a):
        self.a = a
        self.l = [a]

p = P(1)
q = copy.copy(p)
r = copy.deepcopy(p)
print(q.a, q.l is p.l, r.l is p.l, r.l == p.l, type(r).__name__, r is p)

l = [[1], [2]]
print(copy.copy(l)[0] is l[0], copy.deepcopy(l)[0] is l[0], copy.deepcopy(l) == l)
d = {'a': [1]}
print(copy.deepcopy(d)['a'] is d['a'], copy.copy(d)['a'] is d['a'])
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(([],))[0] is not None)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s)

rec = []
rec.append(rec)
c = copy.deepcopy(rec)
print(c[0] is c, c is not rec)
shared = [1]
both = [shared, shared]
c = copy.deepcopy(both)
print(c[0] is c[1], c[0] is not shared)

class Custom:
    def __copy__(self):
        return 'shallow'
    def __deepcopy__(self, memo):
        return 'deep'
print(copy.copy(Custom()), copy.deepcopy(Custom()))

class S:
    __slots__ = ('x', 'y')
s = S(); s.x = [1]
s2 = copy.deepcopy(s)
print(s2.x, s2.x is s.x, hasattr(s2, 'y'))

class WithState:
    def __init__(self):
        self.v = 1
    def __getstate__(self):
        return {'v': 99}
print(copy.copy(WithState()).v)

class Red:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Red, (self.v + 1,))
print(copy.copy(Red(1)).v, copy.deepcopy(Red(1)).v)
memo = {}
x = [1]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y)
print(copy.copy(len) is len, copy.deepcopy(P) is P)
print(copy.Error is copy.error)
