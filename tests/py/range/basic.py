# range objects
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(range(5), range(1, 5), range(1, 10, 2), range(5, 0, -1), range(0))
print(list(range(5)), list(range(1, 10, 3)), list(range(10, 1, -3)), list(range(-5)), list(range(3, 3)))
r = range(1, 20, 3)
print(len(r), r[0], r[-1], r[2], r.start, r.stop, r.step, r.index(7), r.count(7), r.count(8))
print(r[1:4], r[::-1], r[::2], r[10:], r[-2:], r[::-3])
print(7 in r, 8 in r, 19 in r, 20 in r, -2 in r, 7.0 in r, "x" in r)
show(lambda: r[100])
show(lambda: r["a"])
show(lambda: r.index(8))
show(lambda: r.index("x"))
show(lambda: range())
show(lambda: range(1, 2, 0))
show(lambda: range(1.5))
show(lambda: range(1, 2, 3, 4))
show(lambda: range(x=1))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 1, 5) == range(0, 1, 7), range(3) != range(4))
print(hash(range(0)) == hash(range(3, 3)), hash(range(5)) == hash(range(0, 5)), hash(range(1, 2, 5)) == hash(range(1, 3, 7)))
print(hash(range(10)), hash(range(2, 9, 3)), hash(range(-5, 5)))
show(lambda: range(3) < range(4))
big = range(2**70)
print(big, big[-1], big[2**69], 2**69 in big, big[2**60:2**60 + 3])
show(lambda: len(big))
print(range(-2**65, 2**65, 2**64), list(range(-2**65, 2**65, 2**64)), len(range(-2**65, 2**65, 2**64)))
print(list(reversed(range(1, 10, 4))), list(reversed(range(0))), list(reversed(range(2**64, 2**64 + 3))))
print(bool(range(0)), bool(range(1)), sum(range(101)), max(range(7)), list(range(5))[::-1] == list(reversed(range(5))))
print(type(iter(range(3))).__name__, iter(range(3)).__length_hint__())
print(range(True, 3), range(10)[True])
class I:
    def __index__(self):
        return 4
print(range(I()), range(10)[I()])
