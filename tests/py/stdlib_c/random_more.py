import random

for s in [1, 2**32, 2**32 - 1, 2**64 + 12345, 10**40, -(2**70)]:
    random.seed(s)
    print(s, random.random(), random.getrandbits(40))
r = random.Random()
r.seed(123)
print(r.random())
r2 = random.Random(123)
print(r2.random() == random.Random(123).random())
print(random.Random(123).getrandbits(0), random.Random(1).getrandbits(2000) % 1000003)
try:
    r.getrandbits(-1)
except ValueError as e:
    print('ValueError', e)
try:
    random.seed([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    r.randrange(1, 5, 0)
except ValueError as e:
    print('ValueError', e)
random.seed(77)
x = list(range(100))
random.shuffle(x)
print(x[:15])
print(random.sample(range(10**9), 8))
print(random.sample(list('abcdefghij'), 7))
print(random.randint(-10**30, 10**30))
print([random.randrange(-50, 50, 7) for i in range(6)])
print([random.randrange(50, -50, -9) for i in range(6)])
print(random.choices(range(5), k=4), random.choices([1, 2], weights=[0.3, 0.7], k=3))
r3 = random.Random(5)
st = r3.getstate()
r3.gauss()
st2 = r3.getstate()
print(st2[2] is not None)
r4 = random.Random(0)
r4.setstate(st2)
print(r4.gauss() == r3.gauss(), r4.random() == r3.random())
try:
    r4.setstate((9, (), None))
except ValueError as e:
    print('ValueError', e)
a = random.Random(8)
print(a.randrange(10 ** 25), a.randbytes(3), len(a.randbytes(0)))
print(isinstance(random.random(), float), 0.0 <= random.random() < 1.0)
random.seed()
r5 = random.Random()
print(0 <= r5.randrange(10) < 10)
