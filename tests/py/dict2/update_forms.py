# dict construction and update forms and their errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(dict(a=1, b=2), dict([('a', 1)], b=2), dict({'a': 1}, a=2), dict(zip('ab', [1, 2])))
t(lambda: dict([(1, 2), (3,)]))
t(lambda: dict([1]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict(['ab', 'cd']))
t(lambda: dict(1))
t(lambda: dict({}, {}))
class M:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, k):
        return k * 2
print(dict(M()))
d = {}
d.update(M())
d.update([('z', 0)], w=1)
d.update(q=5)
print(d)
t(lambda: d.update(1))
t(lambda: d.update([1, 2]))
t(lambda: d.update({}, {}))
class K:
    def keys(self):
        return [1]
t(lambda: dict(K()))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(2), []))
class D(dict):
    pass
print(type(D.fromkeys('a')).__name__, D.fromkeys('ab', 1))
t(lambda: dict.fromkeys(1))
x = {1: 'a'}
print(x | {2: 'b'}, {2: 'b'} | x, x)
x |= {3: 'c'}
x |= [(4, 'd')]
print(x)
t(lambda: x | [(5, 'e')])
t(lambda: x.__ior__(1))
print({1: 1} == {1: 1.0}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {} == [])
t(lambda: {1: 2} < {1: 2})
