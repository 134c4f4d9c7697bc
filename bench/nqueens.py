# Generators, sets, tuples and recursion: count the n-queens solutions.

def solve(n):
    def place(row, cols, diag1, diag2):
        if row == n:
            yield ()
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            for rest in place(row + 1, cols | {c}, diag1 | {row + c}, diag2 | {row - c}):
                yield (c,) + rest
    return place(0, frozenset(), frozenset(), frozenset())


total = 0
first = None
for n in range(4, 10):
    sols = list(solve(n))
    total += len(sols)
    first = first or sols[0]
print(total, first)
