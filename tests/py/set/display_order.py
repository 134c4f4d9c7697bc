# set displays of constants: CPython folds them into a frozenset constant,
# which fixes the iteration order
print({-1, -2, 10, 100, 1000, 8, 16})
print({3, 1, 2}, {"a", "b", "c", "d"}, {1.5, 2.5, 0.5})
print({x for x in (-1, -2, 10, 100, 1000, 8, 16)})
a, b = -1, -2
print({a, b, 10, 100, 1000, 8, 16})
print(frozenset({-1, -2, 10, 100, 1000, 8, 16}))
