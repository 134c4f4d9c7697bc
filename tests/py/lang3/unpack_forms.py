# assignment targets: nested, starred, chained, subscripts and attributes
a, *b, c = range(5); print(a, b, c)
[a, [b, *c]], d = [1, [2, 3, 4]], 5; print(a, b, c, d)
*a, = "xyz"; print(a)
(a, b), *c = "ab", 1, 2; print(a, b, c)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
for msg_src in ["a, b = 1, 2, 3", "a, b, c = 1, 2", "a, *b, c = [1]", "a, b = 5", "a, b = None", "a, b = 'abc'"]:
    try:
        exec(msg_src)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = y = [1]
print(x is y)
d = {}
d['a'], d['b'] = 1, 2; print(d)
class O: pass
o = O(); o.x, o.y = 'pq'; print(o.x, o.y)
l = [0] * 5; l[1:3] = 'ab'; print(l)
i = 0; l = [0, 0, 0]
i, l[i] = 1, 9; print(l)
a, b = b, a = 1, 2; print(a, b)
def gen():
    yield 1
    yield 2
a, b = gen(); print(a, b)
first, *rest = {1: 'a', 2: 'b'}; print(first, rest)
[(p, q)] = [(7, 8)]; print(p, q)
m, n = n, m = 3, 4; print(m, n)
s = [1, 2, 3]
s[0], s[2] = s[2], s[0]; print(s)
*h, t = [1]; print(h, t)
class Order:
    def __setitem__(self, k, v): print('set', k, v)
    def __setattr__(self, k, v): print('attr', k, v)
ob = Order()
ob[0], ob.z, ob[1] = 'abc'
