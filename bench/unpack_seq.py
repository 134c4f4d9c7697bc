# Tuple packing and unpacking, swaps, and unpacking in for loops.


def swaps(n):
    a, b, c = 1, 2, 3
    for _ in range(n):
        a, b = b, a
        a, b, c = c, a, b
        x, y = divmod(a + b + c, 2)
        a = (a + x - y) % 1000
    return a, b, c


def pairs(n):
    items = [(i, i * 2) for i in range(n)]
    s = 0
    for _ in range(20):
        for k, v in items:
            s += k - v
        for k, (v, w) in enumerate(items):
            s += w - k
        first, *rest = items
        s += len(rest)
    return s


print(swaps(800000), pairs(20000))
