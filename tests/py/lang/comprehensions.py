print([i * i for i in range(5) if i % 2 == 0])
print({k: v for k, v in zip("abc", range(3))})
print({i % 3 for i in range(10)})
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
print([x for x in range(20) if x % 2 if x % 3])
def scope():
    y = 3
    return [x * y for x in range(3)]
print(scope())
x = 'outer'
print([x for x in range(2)], x)
print([(lambda: i)() for i in range(3)])
def walrus():
    res = [last := i for i in range(5)]
    return res, last
print(walrus())
print([y := 5, y ** 2])
if (n := 10) > 5:
    print("n is", n)
print(any((z := v) > 2 for v in range(5)), z)
print(sorted({(a, b) for a in range(2) for b in range(2)}))
g = (i for i in range(3))
print(list(g), list(g))
print([i for i in [1, 2, 3]], [i for i in (1, 2, 3)])
class K:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(K.doubled)
print((lambda: [i for i in range(2)])().__class__.__name__)
