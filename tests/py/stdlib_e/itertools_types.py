# itertools: the iterators are types (isinstance, subclassing, keyword rules)
import copy
import itertools as it
import operator

cases = [
    (it.accumulate, ([1, 2, 3],)), (it.compress, ('ABC', [1, 0, 1])),
    (it.dropwhile, (lambda x: x < 2, [1, 2, 3])), (it.filterfalse, (None, [0, 1, 0])),
    (it.pairwise, ('abc',)), (it.starmap, (operator.pow, [(2, 3), (3, 2)])),
    (it.takewhile, (lambda x: x < 3, [1, 2, 3])), (it.zip_longest, ('ab', 'c')),
    (it.product, ('ab', 'cd')), (it.permutations, ('abc', 2)),
    (it.combinations, ('abc', 2)), (it.combinations_with_replacement, ('ab', 2)),
    (it.chain, ('ab', 'c')), (it.cycle, ('ab',)), (it.islice, ('abcdef', 1, 4)),
    (it.repeat, ('x', 2)), (it.groupby, ('aabbc',)),
]
for cls, args in cases:
    obj = cls(*args)
    class Sub(cls):
        pass
    sub = Sub(*args)
    print(cls.__name__, isinstance(obj, cls), iter(obj) is obj, type(sub).__name__,
          [x if not isinstance(x, tuple) or not x or not hasattr(x[-1], '__next__') else x[0]
           for x in it.islice(sub, 4)])

for cls, args in ((it.chain, ('ab',)), (it.takewhile, (bool, [1])), (it.cycle, ('a',))):
    class NoKw(cls):
        pass
    try:
        NoKw(*args, newarg=3)
    except TypeError as e:
        print('TypeError', e)
    class WithInit(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    w = WithInit(*args, newarg=3)
    print(type(w).__name__, w.newarg, next(w))

c = it.cycle('ab')
next(c)
d = copy.copy(c)
print(next(d), next(d))
for bad in (lambda: it.permutations('ab', -1), lambda: it.product('a', repeat=-1),
            lambda: it.combinations('ab', 'x'), lambda: it.islice('a', -1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(it.count(5)), repr(it.repeat('a', 2)), repr(it.count(1, 2)))
