# containers mutated by __eq__/__lt__/keys during operations, errors from iterables, subclasses overriding __iter__
def show(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
class Evil:
    def __init__(self, d, h):
        self.d = d
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        self.d.clear()
        return False
d = {}
d[Evil(d, 1)] = 1
show(lambda: d.get(Evil(d, 1)))
print(len(d))
l = [1, 2, 3]
class Clear:
    def __eq__(self, o):
        l.clear()
        return False
print(Clear() in l, l)
l = [Clear(), 1, 2]
print(l.count(5), l)
class LtMut:
    def __init__(self, v, lst):
        self.v = v
        self.lst = lst
    def __lt__(self, o):
        self.lst.append(1)
        return self.v < o.v
lst = []
items = [LtMut(i, lst) for i in (3, 1, 2)]
lst.extend(items)
show(lambda: lst.sort())
print(len(lst))
class Key:
    def __init__(self, v): self.v = v
    def __lt__(self, o): raise TypeError("no order")
show(lambda: sorted([Key(1), Key(2)]))
show(lambda: {[]: 1})
show(lambda: {1: 2}[{}])
show(lambda: set([1, [2]]))
show(lambda: {1} - {[]} if False else {1}.difference([[]]))
show(lambda: {1}.intersection([[]]))
show(lambda: {1}.issuperset([[]]))
show(lambda: {1}.symmetric_difference([[]]))
show(lambda: {1}.isdisjoint([[]]))
show(lambda: [] in set())
show(lambda: {}.fromkeys([[]]))
def gen_err():
    yield 1
    raise ValueError("in gen")
show(lambda: list(gen_err()))
show(lambda: dict(gen_err()))
show(lambda: set(gen_err()))
show(lambda: tuple(gen_err()))
show(lambda: list(zip(gen_err(), gen_err())))
show(lambda: list(map(lambda x: 1 / 0, [1])))
show(lambda: list(filter(lambda x: 1 / 0, [1])))
show(lambda: [].extend(1))
show(lambda: [1].__iadd__(1))
show(lambda: sorted(1))
show(lambda: list(enumerate([1], start=2**100)))
show(lambda: list(enumerate([1], start=1.5)))
e = enumerate("ab", start=-1)
print(list(e))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
print(list(zip(range(3), strict=True)), list(zip(strict=False)))
m = map(lambda x, y: x + y, [1, 2], [10, 20, 30])
print(list(m))
dd = {1: 2}
ks = dd.keys()
dd[3] = 4
print(ks, len(ks))
it = iter(dd)
next(it)
dd[5] = 6
show(lambda: next(it))
show(lambda: next(it))
ss = {1, 2}
it = iter(ss)
ss.add(3)
show(lambda: next(it))
class DD(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 1
x = DD([(1, 2)], z=3)
print(x, x.extra, x.copy(), type(x.copy()).__name__, DD.fromkeys("ab"))
class LL(list):
    def __iter__(self):
        return iter([9, 9])
print(list(LL([1, 2])), sorted(LL([3, 1])), tuple(LL([1])))
class TT(tuple):
    def __iter__(self):
        return iter("zz")
print(list(TT((1, 2))), [*TT((1,))])
print(dict(x=1) == DD(x=1), repr(DD()), LL() == [])
print([1, 2, 3][-1:-4:-1], (1, 2, 3)[5:1:-1], "abc"[::-1])
r = range(0, -10, -3)
print(list(r), r[-1], len(r), -9 in r, -10 in r, r.index(-6), list(r[::-1]), r[1:], r[:-1])
print(range(5)[-2:], range(5)[:100], range(5)[3:1], range(5)[::-2], range(1, 2**64, 2**62)[1::2])
print(range(10).count(3), range(10).count(True), range(10).index(True), 1.0 in range(3))
