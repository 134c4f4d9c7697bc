x = 10
r = [x for x in range(3)]
print(r, x)
print([y * 2 for y in range(3) if y])
print({k: v for k, v in zip('ab', (1, 2))})
print(sorted({a % 3 for a in range(10)}))
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(3)])
def f():
    n = 3
    return [n * i for i in range(n)]
print(f())
g = (i * i for i in range(4))
print(list(g), list(g))
def h():
    vals = [1, 2, 3]
    return (v + 1 for v in vals)
print(list(h()))
try:
    (1 / 0 for i in range(3))
    print("lazy ok")
    list(1 / i for i in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [u for u in 5]
except TypeError as e:
    print(type(e).__name__, e)
# iterable of the first for is evaluated in the enclosing scope
class C:
    data = [1, 2]
    out = [d for d in data]
print(C.out)
print([i for i in range(5)][::-1])
