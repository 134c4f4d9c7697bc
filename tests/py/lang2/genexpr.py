g = (x * 2 for x in range(3))
print(type(g).__name__, next(g), list(g))
print(sum(x for x in range(10)), max(len(w) for w in ['a', 'bbb', 'cc']))
print(list(x for x in range(6) if x % 2 if x > 1))
print(list((x, y) for x in range(3) for y in 'ab' if x != 1))
def outer_it():
    print('outer iterable evaluated')
    return range(2)
g = (x for x in outer_it())
print('created')
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
n = 10
g = (n + i for i in range(2))
n = 20
print(list(g))
print(sorted((v for v in [3, 1, 2]), reverse=True))
print(dict((k, v) for k, v in zip('ab', range(2))))
print(''.join(c.upper() for c in 'abc'))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in []))
g = (i for i in range(3))
print(g.gi_frame is not None)
for _ in g: pass
print(g.gi_frame)
