# set and frozenset: every operator and method with any iterables
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2, 3}
f = frozenset([3, 4])
print(s | f, s & f, s - f, s ^ f, type(s | f).__name__, type(f | s).__name__)
print(s.union([5], (6,)), s.intersection([1, 2], {2}), s.difference([1], [2]), s.symmetric_difference([3, 9]))
print(f.union(), f.intersection(), f.difference(), type(f.union()).__name__)
print(s.issubset([1, 2, 3, 4]), s.issuperset([1]), s.isdisjoint('ab'), s <= s, s < s, s >= {1}, s > {1, 2, 3})
t(lambda: s | [1])
t(lambda: s < [1])
t(lambda: s.issubset(5))
u = set('abc')
u |= {'d'}
u &= set('abd')
u -= {'a'}
u ^= {'z', 'b'}
print(sorted(u))
u.update('xy', [1])
u.intersection_update('xyz', 'x')
print(u)
u.difference_update(['x'])
u.symmetric_difference_update([7, 8])
print(sorted(u))
u.add(9)
u.discard(100)
u.remove(9)
t(lambda: u.remove(100))
print(u.pop() in (7, 8), len(u))
u.clear()
t(lambda: u.pop())
print(set(), frozenset(), set([1]) == frozenset([1]), {1} == {1.0}, set() == frozenset())
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset('a')) == hash(frozenset('a')))
t(lambda: hash(set()))
t(lambda: {[1]})
t(lambda: set([[1]]))
t(lambda: {1}.add([2]))
print({frozenset([1]): 'k'}[frozenset([1])], {1, 2} - {2}, f.copy() is f, s.copy() == s)
print([1, 2] in [s] if False else '', frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])})
t(lambda: {1}.union(5))
t(lambda: set(1))
t(lambda: set([1], [2]))
t(lambda: frozenset(a=1))
