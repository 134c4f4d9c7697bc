import itertools as it

cases = [(it.zip_longest, (1,)), (it.compress, (1, [])), (it.dropwhile, (None, 1)),
         (it.filterfalse, (None, 1)), (it.starmap, (None, 1)), (it.takewhile, (None, 1)),
         (it.pairwise, (1,)), (it.accumulate, (1,)), (it.chain, (1,)), (it.product, (1,)),
         (it.tee, (1,)), (it.groupby, (1,)), (it.islice, (1, 2)), (it.cycle, (1,)),
         (it.count, ('a',)), (it.count, (0, 'b')), (it.permutations, (1,)),
         (it.combinations, ([], 'x')), (it.repeat, (1, 'a')), (it.tee, ('a', -1))]
for f, a in cases:
    try:
        f(*a)
        print(f.__name__, 'ok')
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    next(it.chain(1))
except TypeError as e:
    print(type(e).__name__, e)
print(list(it.chain([1], [], 'a')), list(it.islice(it.count(), 3)))
