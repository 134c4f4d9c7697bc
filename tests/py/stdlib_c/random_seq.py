import random

random.seed(42)
print([random.random() for i in range(5)])
print([random.getrandbits(k) for k in (1, 7, 32, 33, 64, 100)])
random.seed(12345678901234567890)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7))
random.seed(-5)
print(random.random())
random.seed(0)
print(random.random())
random.seed(3.5)
print(random.random())
r = random.Random(7)
print([r.randrange(10) for i in range(10)])
print(r.randrange(-10, 10, 3), r.randrange(10, -10, -3))
st = r.getstate()
a = [r.random() for i in range(3)]
r.setstate(st)
print(a == [r.random() for i in range(3)], len(st[1]), st[0])
print(r.randbytes(5))
for args in [(0,), (5, 5), (1, 10, 0), (10, 1)]:
    try:
        r.randrange(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    r.randrange(1.5)
except ValueError as e:
    print('ValueError', e)
