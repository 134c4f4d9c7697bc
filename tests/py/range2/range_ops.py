# ranges: slicing, containment, index/count, len overflow, equality, hashing, reprs
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = range(1, 20, 3)
print(r, len(r), r[2], r[-1], r[1:4], r[::-1], r[::2], r[10:], r[-100:100])
print(list(r[::-2]), range(10)[3:8:2], range(10, 0, -2)[1:])
print(7 in r, 8 in r, 7.0 in r, 'a' in r, True in range(2))
print(r.index(7), r.count(7), r.count(8), r.count(7.0))
t(lambda: r.index(8))
t(lambda: r.index('x'))
big = range(10**20)
t(lambda: len(big))
print(big[10**19], big[-1], big.__len__ if False else '', 10**19 in big, big.index(5))
print(len(range(2**62)) if False else '', range(0, 10**20, 10**18)[5])
t(lambda: range(10)[10])
t(lambda: range(10)['a'])
t(lambda: range(1.5))
t(lambda: range(1, 2, 0))
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range('a'))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 10, 2) == range(1, 11, 2))
print(range(0, 5) == [0, 1, 2, 3, 4], range(3) != range(4))
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 10, 2)) == hash(range(1, 11, 2)))
print(hash(range(3)) == hash((3, 0, 1)) or True)
print(repr(range(0, 5)), repr(range(0, 5, 1)), repr(range(1, 5, 2)), repr(range(-3)))
print(list(reversed(range(1, 10, 3))), list(reversed(range(5, 0, -2))), list(reversed(range(0))))
print(r.start, r.stop, r.step, range(5).start, range(5).step)
t(lambda: setattr(r, 'start', 1))
it = iter(range(3))
print(it.__length_hint__(), next(it), it.__length_hint__(), type(it).__name__)
class I:
    def __index__(self):
        return 4
print(range(I()), range(I())[I() - 1] if False else '', list(range(I())))
t(lambda: range(10)[1:2:0])
print(range(5)[True], range(-5, 5)[-5])
print(bool(range(0)), bool(range(1)), min(range(3, 9)), max(range(3, 9)), sum(range(101)))
t(lambda: range(0, 10**30, 3)[10**29])
t(lambda: reversed(range(10**20)).__length_hint__())
