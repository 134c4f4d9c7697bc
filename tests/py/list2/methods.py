# list methods with start/stop, counts, inserts and pops at the edges
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, -1), a.index(2, -4, -1))
t(lambda: a.index(2, 4))
t(lambda: a.index(9))
t(lambda: a.index(2, 0, 1))
t(lambda: a.index())
t(lambda: a.index(1, 'x'))
print(a.index(1, -100, 100), a.index(2, None) if False else '')
print(a.count(1), a.count(9), [[1]].count([1]))
n = float('nan')
print([n].count(n), n in [n], [n].index(n))
a.insert(100, 'end')
a.insert(-100, 'start')
a.insert(-1, 'x')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
t(lambda: [].pop())
t(lambda: [1].pop(1))
t(lambda: [1].pop(-2))
t(lambda: [1].pop('a'))
t(lambda: [1].pop(2**70))
t(lambda: [1].insert(2**70, 0))
b = [1, 2, 3]
b.remove(2)
print(b)
t(lambda: b.remove(9))
b.extend(range(3))
b.extend('ab')
b.extend(x for x in [9])
print(b)
t(lambda: b.extend(5))
b.reverse()
print(b, b.copy() == b, b.copy() is b)
b.clear()
print(b)
c = [1, 2]
c *= 3
print(c)
c *= 0
print(c)
d = [1]
d += (2, 3)
d += 'xy'
print(d)
t(lambda: [1] + (2,))
t(lambda: [1] * 'a')
t(lambda: [1] * 2.0)
print([1, 2] * -1, 2 * [0], [[]] * 2)
t(lambda: [0] * (2**62))
