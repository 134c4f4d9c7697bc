# ranges beyond 64 bits: slicing, reversed, containment, index, equality
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = range(-10**20, 10**20, 7 * 10**17)
print(r[0], r[-1], r[5:8], r[::-50], r[-3:])
print(10**17 * 7 * 3 - 10**20 in r, 0 in r, r.count(r[10]), r.index(r[10]))
t(lambda: len(r))
print(r.__len__ is not None, bool(r), list(reversed(r[-2:])), list(r[:3]))
t(lambda: r[10**30])
t(lambda: range(2**63)[2**63 - 1])
t(lambda: range(2**63)[2**63])
print(range(0, 2**70, 2**68) == range(0, 2**70 - 1, 2**68), hash(range(2**70)) == hash(range(2**70)))
print(list(range(2**64, 2**64 + 3)), list(range(-2**64, -2**64 - 3, -1)))
it = iter(range(2**64, 2**64 + 2))
print(next(it), list(it))
