import random

r = random.Random(99)
print(r.uniform(1, 5), r.uniform(-2.5, 2.5))
print(r.triangular(), r.triangular(0, 10, 2), r.triangular(3, 3))
print([r.gauss() for i in range(3)], r.gauss(10, 2))
print([r.normalvariate(0, 1) for i in range(3)])
print(r.expovariate(2.0), r.lognormvariate(0, 1))
print(r.paretovariate(3), r.weibullvariate(1, 2))
random.seed(5)
print(random.gauss(), random.random())
random.seed(5)
print(random.gauss(), random.random())
