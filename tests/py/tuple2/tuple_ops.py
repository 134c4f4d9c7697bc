# tuples: hashing, comparison, repeat, index/count, constructor forms
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(hash((1, 2, 3)), hash(()), hash((1,)), hash(((1, 2), 'a')), hash((-1,)), hash((1.5, 2.5)))
t(lambda: hash((1, [2])))
print((1, 2) < (1, 2, 3), (1, 'a') == (1, 'a'), (2,) > (1, 9), () < (0,))
t(lambda: (1, 'a') < (1, 2))
print((1, 2) * 2, 2 * (0,), (1,) * 0, (1, 2) + (3,))
t(lambda: (1,) + [2])
t(lambda: (1,) * 1.5)
a = (1, 2, 3, 2)
print(a.index(2), a.index(2, 2), a.index(3, -3, -1), a.count(2))
t(lambda: a.index(5))
t(lambda: a.index(1, 1))
print(a[1:3], a[::-1], a[-1], a[10:], a[::2])
t(lambda: a[10])
t(lambda: a['x'])
print(tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)), tuple({1: 2}))
t(lambda: tuple(1))
t(lambda: tuple([1], [2]))
x = (1, 2)
print(tuple(x) is x, x[:] is x, (x * 1) is x)
class T(tuple):
    pass
y = T((1, 2))
print(y, type(y[:]).__name__, type(y + (3,)).__name__, tuple(y) is y, repr(T()))
print((1,), (), ((),), (1, (2, (3,))))
t(lambda: (1, 2).__setitem__(0, 1))
t(lambda: setattr((1,), 'x', 1))
print(3 in (1, 2, 3), 'a' not in ('b',), (1, 2).__len__(), len(()))
it = iter((1, 2))
print(it.__length_hint__(), type(it).__name__, list(it), it.__length_hint__())
n = float('nan')
print((n,) == (n,), n in (n,), (n,) < (n, 1))
print(tuple(reversed((1, 2, 3))), sorted((3, 1)), max((1, 5, 2)))
