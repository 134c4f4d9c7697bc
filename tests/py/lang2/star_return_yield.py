def f():
    a = [1, 2]
    return *a, 3
print(f())
def g():
    yield *[1, 2], 3
print(list(g()))
a = [1, 2]
t = *a, *a
print(t)
for x in *a, 9: print(x, end=' ')
print()
print([*a] is not a, {**{}, 'k': 1})
def h(): return
print(h())
def m():
    return 1, 2
x, y = m(); print(x + y)
s = *'ab',
print(s)
d = {1: 2, **{3: 4}, 5: 6}
print(d)
