import random

r = random.Random(31337)
print([r.gammavariate(a, 2.0) for a in (0.5, 1.0, 3.0, 10.0)])
print([r.betavariate(a, b) for a, b in ((0.5, 0.5), (2, 5), (1, 1))])
print([r.vonmisesvariate(1.0, k) for k in (0.0, 0.5, 4.0)])
for args in [(0, 1), (1, -1)]:
    try:
        r.gammavariate(*args)
    except ValueError as e:
        print('ValueError', e)
random.seed(3)
print(random.gammavariate(2.5, 1), random.betavariate(3, 3), random.vonmisesvariate(0, 1))
