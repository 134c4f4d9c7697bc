# reprs of sets, subclasses and recursion through set elements
class S(set):
    pass
class F(frozenset):
    pass
print(set(), {1}, frozenset(), frozenset({1, 2}), S(), S([1]), F(), F([2]))
print(repr(S([1, 2])), str(F('a')), type(F([1]) | {2}).__name__, type(S([1]) | {2}).__name__)
class R:
    def __init__(self):
        self.s = set()
    def __repr__(self):
        return 'R(%r)' % len(self.s)
    def __hash__(self):
        return 1
r = R()
print({r}, sorted({3, 1, 2}), sorted(frozenset('cab')))
print(F([1]) == frozenset([1]), F([1]).copy().__class__.__name__, S([1]).copy().__class__.__name__)
print(frozenset([1, 2]) is not frozenset([1, 2]), frozenset(frozenset([1])))
x = frozenset([1])
print(frozenset(x) is x, F(x) is x)
s = {1, 2, 3}
it = iter(s)
print(it.__length_hint__(), type(it).__name__)
next(it)
print(it.__length_hint__())
s.add(4)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
