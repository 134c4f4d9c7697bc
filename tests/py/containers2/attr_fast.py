# Attribute loads on instances: instance dict, class values, descriptors.
class P:
    kind = 'point'
    def __init__(self, x):
        self.x = x
    @property
    def double(self):
        return self.x * 2
    def method(self):
        return 'm'

p = P(3)
print(p.x, p.kind, p.double, p.method())
p.kind = 'own'
print(p.kind, P.kind)
del p.kind
print(p.kind)
P.kind = 'changed'
print(p.kind)
p.method = lambda: 'instance func'
print(p.method())
try:
    p.nope
except AttributeError as e:
    print('AttributeError', e)

class Q(P):
    x = 'class x'

q = Q.__new__(Q)
print(q.x)
q.x = 'inst x'
print(q.x)

class Data:
    def __get__(self, obj, cls):
        return 'data descr'
    def __set__(self, obj, value):
        raise AttributeError('read only')

class R:
    a = Data()

r = R()
r.__dict__['a'] = 'shadow'
print(r.a)

class G:
    def __getattr__(self, name):
        return 'fallback ' + name

g = G()
g.y = 1
print(g.y, g.z)

class Slots:
    __slots__ = ('a',)

s = Slots()
try:
    s.a
except AttributeError as e:
    print('AttributeError', e)
s.a = 5
print(s.a)
for i in range(3):
    p.x = i
    print(p.x + p.double)
