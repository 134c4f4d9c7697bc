if (n := 10) > 5:
    print(n)
data = [1, 2, 3, 4]
print([y for x in data if (y := x * 2) > 4])
print(y)
def f():
    [z := i for i in range(3)]
    return z
print(f())
i = 0
while (i := i + 1) < 4:
    print('i', i)
print((a := 1, b := 2))
print(a, b)
def g():
    total = 0
    vals = [total := total + v for v in range(5)]
    return vals, total
print(g())
print(any((w := c) == 'x' for c in 'abxd'), w)
