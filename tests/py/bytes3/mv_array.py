# memoryview over array.array: formats, item sizes, reads and writes
import array

for code, init in [('b', [-1, 2]), ('B', [1, 255]), ('h', [-300, 5]), ('H', [60000, 1]),
                   ('i', [-70000, 3]), ('I', [4000000000, 0]), ('l', [-2**40, 1]),
                   ('L', [2**63, 2]), ('q', [-2**62, 7]), ('Q', [2**64 - 1, 0]),
                   ('f', [1.5, -2.25]), ('d', [3.5, 1e300])]:
    a = array.array(code, init)
    m = memoryview(a)
    print(code, m.format, m.itemsize, m.nbytes, m.shape, m.readonly, m.tolist(), m[1], m.obj is a)
    m[0] = init[1]
    print(' ', a.tolist(), m == a, m == memoryview(array.array(code, init[::-1] if code else init)))

u = memoryview(array.array('u', 'ab'))
print(u.format, u.itemsize)
for f in (lambda: u[0], lambda: u.tolist(), lambda: list(u)):
    try:
        f()
    except NotImplementedError as e:
        print('NotImplementedError', e)
print(u == u, u.tobytes() == array.array('u', 'ab').tobytes())

a = array.array('i', range(6))
m = memoryview(a)
print(m[::2].tolist(), m[1:4].tolist(), m[::-1].tolist())
m[1:3] = array.array('i', [10, 20])
print(a)
try:
    m[1:3] = array.array('h', [1, 2])
except ValueError as e:
    print('ValueError', e)
try:
    m[0] = 2**40
except ValueError as e:
    print('ValueError', e)
try:
    m[0] = 1.5
except TypeError as e:
    print('TypeError', e)
print(m.cast('B').tolist()[:8])
print(bytes(memoryview(array.array('H', [1, 2]))))
print(memoryview(array.array('d', [1.0])).cast('B').cast('d').tolist())
