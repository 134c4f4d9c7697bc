# tuples
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print((), (1,), (1, 2), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)))
t = (1, 2, 3, 2)
print(len(t), t[0], t[-1], t[1:3], t[::-1], t[::2], t.count(2), t.index(2), t.index(2, 2))
show(lambda: t[4])
show(lambda: t["a"])
show(lambda: t.index(5))
show(lambda: t.index(2, 0, 1))
show(lambda: t.count())
show(lambda: tuple(1))
show(lambda: tuple(1, 2))
show(lambda: tuple(x=[1]))
print(t + (4,), t * 2, 2 * t, () * 3, t * 0)
show(lambda: t + [4])
show(lambda: t * "a")
print((1, 2) < (1, 3), (1, 2) == (1, 2), (1,) < (1, 2), (2,) > (1, 9), (1, 2) != (1, 2.0))
show(lambda: (1,) < [1])
show(lambda: (1, "a") < (1, 2))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash(("a", True)), hash((1.5, -1)))
print(hash((1, 2)) == hash((1.0, 2.0)))
show(lambda: hash((1, [2])))
print(((1,),), ((),), (1, (2, (3,))))
print(1 in t, 9 in t, bool(()), bool((0,)))
a, *b = (1, 2, 3)
print(a, b)
print(t[slice(1, None)], tuple(reversed(t)))
x = (1, 2)
print(x[:] is x, tuple(x) is x)
class T(tuple):
    pass
tt = T([1, 2])
print(tt, type(tt).__name__, tt == (1, 2), type(tt[:]).__name__, hash(tt) == hash((1, 2)))
class P(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
print(P(1, 2), len(P(3, 4)))
it = iter((1, 2))
print(type(it).__name__, it.__length_hint__(), list(it))
print((1, 2).__getnewargs__())
