a, (b, c), [d, *e] = 1, (2, 3), [4, 5, 6, 7]
print(a, b, c, d, e)
*f, g = range(4)
print(f, g)
h, *i, j = "abcde"
print(h, i, j)
x = y = z = [1]
print(x is y is z)
[k, l] = m = (9, 8)
print(k, l, m)
for p, (q, *r) in [(1, (2, 3, 4)), (5, (6,))]:
    print(p, q, r)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
class O: pass
o = O()
o.a, o.b = 1, 2
d = {}
d['x'], d['y'] = o.b, o.a
print(o.a, o.b, sorted(d.items()))
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
