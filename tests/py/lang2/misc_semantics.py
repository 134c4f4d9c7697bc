def gen():
    x = yield
    while True:
        x = yield x * 2
g = gen(); next(g)
print([g.send(i) for i in range(3)])
class It:
    def __iter__(self):
        yield 1
        yield 2
print(list(It()), [*It()], dict.fromkeys(It()))
a = b = c = 0
a += b == c
print(a)
x = [1, 2, 3]
x[1:2] = x
print(x)
i = 0
l = [10, 20]
l[i], i = 99, 1
print(l, i)
print(*(1, 2), sep='')
def kw(**k): return k
print(kw(**{'a-b': 1}))
try:
    kw(**{1: 2})
except TypeError as e:
    print(e)
def posk(a, b=2, /): return a, b
print(posk(1))
try:
    posk(a=1)
except TypeError as e:
    print(e)
print((lambda: (yield 5))().send(None))
print([(yield_ := 1) for _ in [0]])
def gg():
    return (yield from [])
try:
    next(gg())
except StopIteration as e:
    print('none value', e.value)
print(type(range(3).__iter__()).__name__, type(iter([])).__name__, type(iter(())).__name__)
print(type({}.keys()).__name__, type(iter({})).__name__, type(zip()).__name__, type(map(len, [])).__name__)
print(type(enumerate([])).__name__, type(reversed([])).__name__, type(iter('')).__name__)
