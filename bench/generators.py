# Generator pipelines, generator expressions and yield from.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def chain(*its):
    for it in its:
        yield from it


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield from tree(depth - 1)
    yield from tree(depth - 1)


total = 0
for _ in range(30):
    total += sum(evens(squares(count_up(5000))))
    total += sum(x + 1 for x in range(5000) if x & 1)
    total += sum(chain(range(1000), count_up(1000)))
    total += sum(tree(10))
print(total)
