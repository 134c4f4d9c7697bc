# Every assignment target form.
a = b = c = 1
print(a, b, c)
x, y = 1, 2
(p, q) = [3, 4]
[r, s] = (5, 6)
print(x, y, p, q, r, s)
first, *rest = range(5)
*init, last = "abcd"
h, *mid, t = [1]*2 + [9]
print(first, rest, init, last, h, mid, t)
(a, (b, c)), d = (1, (2, 3)), 4
print(a, b, c, d)
for i, (j, *k) in [(1, (2, 3, 4)), (5, (6,))]:
    print(i, j, k)
class O: pass
o = O()
o.attr = 1
o.attr += 2
lst = [0, 1, 2, 3]
lst[0] = 'x'
lst[1:3] = ['y']
lst[-1] += 10
print(o.attr, lst)
d = {}
d['k'] = d.get('k', 0) + 1
d['k'] *= 5
print(d)
n: int = 5
m: "str"
print(n, 'm' in dir())
(w) = 7
print(w)
x = y = [1, 2]
x += [3]
print(x is y, y)
t = 1, 2
tt = t, 3
print(t, tt)
a, b = b, a
print(a, b)
i = 0
lst2 = [10, 20]
i, lst2[i] = 1, 99
print(i, lst2)
for src in ["a, *b, *c = x", "*a = x", "a = *b", "(*a) = x", "[*a] = [1]", "a, b += 1", "x.y += z += 1",
            "f(x) += 1", "1 += 1", "yield = 1", "(yield) = 1", "x = (yield) = 1", "((yield)) = 1", "(yield from x) = 1", "x = yield = 1", "x = *a, *b", "a: int, b: int = 1, 2", "(a, b): int",
            "x.y: int = 1", "[a]: int", "lambda: 1 = 1", "a if b else c = 1", "x + 1 = 2", "-x = 1", "{a: b} = c",
            "{a, b} = c", "'s' = 1", "f'{x}' = 1", "... = 1", "None = 1", "a, None = 1, 2", "x[1:2], y = z", "a = b = yield = 1"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.msg, e.offset, e.end_offset)
[*star] = [1, 2]
print(star)
