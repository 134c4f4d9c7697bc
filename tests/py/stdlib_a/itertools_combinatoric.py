from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('ab', repeat=2)), list(product([1, 2], 'x')), list(product()))
print(list(product('ab', [])))
print(list(permutations([1, 2, 3], 2)))
print(list(permutations('abc')), list(permutations('ab', 3)))
print(list(combinations('abcd', 2)), list(combinations('ab', 0)), list(combinations('a', 2)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 1)))
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))))
for f, args in [(combinations, ('abc', -1)), (permutations, ('abc', -1)), (product, ('a',))]:
    try:
        list(f(*args, **({'repeat': -1} if f is product else {})))
    except ValueError as e:
        print(type(e).__name__, e)
