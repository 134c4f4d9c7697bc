from itertools import (compress, dropwhile, filterfalse, groupby, islice,
                       pairwise, starmap, takewhile, tee, zip_longest)

print(list(compress('abc', [1, 0, 1])), list(compress('abcd', [1])))
print(list(dropwhile(lambda x: x < 2, [1, 2, 1])))
print(list(filterfalse(None, [0, 1, 0, 2])), list(filterfalse(lambda x: x % 2, range(6))))
print([(k, list(g)) for k, g in groupby('aabbbc')])
print([k for k, g in groupby('aabbbc')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(groupby('aab'))
print([list(g) for k, g in groups])
print(list(islice(range(10), 2, 8, 2)), list(islice('abc', None)), list(islice('abcdef', 2)))
print(list(islice('abcdef', 1, None)), list(islice('ab', 5, 10)))
for args in [(-1,), ('a', 1, 2), (1, 2, 0), (1, -2), ('x',)]:
    try:
        islice('abc', *args)
    except ValueError as e:
        print(type(e).__name__, e)
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(pairwise('abcd')), list(pairwise('a')))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
a, b = tee([1, 2, 3])
print(next(a), list(b), list(a))
print(len(tee('ab', 3)), tee('a', 0))
print(list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()))
print(list(zip_longest([1], [2, 3])))
