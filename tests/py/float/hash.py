# hash(float) equals hash(int) for equal values; CPython's algorithm
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.0**60, 2.0**61, 2.0**62, 2.0**100, 1e300,
        1e-300, 5e-324, 0.1, 3.14159, -2.0**70, 123456789.125, float('inf'), float('-inf')]
for v in vals:
    print(v, hash(v))
for i in [0, 1, -1, 2**60, 2**61 - 1, 2**61, 2**62, 2**100, -2**70]:
    print(hash(float(i)) == hash(i))
d = {1: 'int', 2.0: 'float'}
print(d[1.0], d[2], {1.0, 1, True}, len({0.5, 0.5, 1/2}))
