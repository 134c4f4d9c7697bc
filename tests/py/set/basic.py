# set and frozenset: order, repr, construction
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(set(), {3, 1, 2}, set("hello"), set([5, 5, 1]), frozenset(), frozenset("abc"))
print(set([-1, -2, 10, 100, 1000, 8, 16]), set(range(20)), {"x", "y", "z", "w"})
print(set(range(100, 0, -7)), {0.5, 1.5, 2}, {True, (1, 2), "s"})
print({1, 1.0, True}, len({1, 1.0, True}))
show(lambda: set(1))
show(lambda: set([[1]]))
show(lambda: {[]})
show(lambda: set(1, 2))
show(lambda: set(x=1))
show(lambda: frozenset(x=1))
s = set()
for w in "the quick brown fox jumps over the lazy dog".split():
    s.add(w)
print(s, len(s))
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset("ab")) == hash(frozenset("ba")))
show(lambda: hash(set()))
r = set()
for i in range(50):
    r.add(i * 37 % 101)
print(r)
for i in range(0, 101, 3):
    r.discard(i)
print(r)
class S(set):
    pass
class F(frozenset):
    pass
print(S([1, 2]), F([3]), S(), F(), type(S([1]) | {2}).__name__, type(F([1]) | {2}).__name__)
fs = frozenset([1])
print(frozenset(fs) is fs, fs.copy() is fs, {fs, frozenset([1])})
print(set(frozenset([1, 2])) == {1, 2}, {frozenset()} == {frozenset()})
print(set({1: 2, 3: 4}), set("aab"), sorted({3, 1, 2}))
