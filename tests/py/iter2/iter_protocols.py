# iter() forms, next() with default, reversed() protocols, StopIteration behaviour
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: iter(5))
t(lambda: iter(5, 1))
t(lambda: next(5))
t(lambda: next(iter([]), 'dflt'))
t(lambda: next(iter([])))
t(lambda: next(iter([1]), 'd'))
t(lambda: next())
vals = iter([1, 2, 3, 0, 5])
t(lambda: list(iter(lambda: next(vals), 0)))
t(lambda: list(vals))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), list(iter(Seq())), 20 in Seq(), list(reversed([1, 2])))
t(lambda: reversed(Seq()))
class Rev:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(Rev())))
class LenGet:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i
print(list(reversed(LenGet())))
t(lambda: reversed(5))
t(lambda: reversed({1: 2}.keys()) and list(reversed({1: 2, 3: 4})))
t(lambda: reversed({1, 2}))
class NoIter:
    __iter__ = None
t(lambda: iter(NoIter()))
class BadIter:
    def __iter__(self):
        return 5
t(lambda: iter(BadIter()))
class NoRev:
    __reversed__ = None
t(lambda: reversed(NoRev()))
it = iter([1, 2])
print(iter(it) is it, list(it), next(it, None))
def gen():
    yield 1
    return 5
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
ci = iter(lambda: 1, 1)
print(type(ci).__name__, list(ci))
t(lambda: iter(lambda: 1, 1, 2))
t(lambda: iter())
print(list(zip(*[iter([1, 2, 3, 4])] * 2)))
