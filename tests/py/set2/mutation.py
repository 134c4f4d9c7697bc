# set changed during iteration, set operations on self, element hashing errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2, 3}
def grow():
    for x in s:
        s.add(x + 10)
t(grow)
s2 = {1, 2, 3}
def shrink():
    for x in s2:
        s2.discard(x)
t(shrink)
a = {1, 2}
a |= a
a &= a
print(a)
a -= a
print(a)
b = {1, 2}
b ^= b
print(b)
c = {1, 2}
print(c.issubset(c), c < c, c.union(c) == c, c.intersection(c, c))
class H:
    def __hash__(self):
        raise TypeError('no hash for you')
t(lambda: {H()})
t(lambda: H() in {1})
t(lambda: {1}.discard(H()))
t(lambda: {1}.remove([1]))
t(lambda: [1] in {1})
t(lambda: set([1]).discard([1]))
print({1, 2}.discard(frozenset()) is None, {frozenset([1])}.__contains__({1}))
f = frozenset([1, 2])
print(f | f is f, (f | set()) == f, f & f, f - f, f ^ f)
