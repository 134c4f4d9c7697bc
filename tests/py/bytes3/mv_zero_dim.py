# zero-dimensional memoryviews
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

m = memoryview(bytearray(b'\x01\x00\x00\x00')).cast('i', [])
print(m.ndim, m.shape, m.strides, m.nbytes, len(m), m.tolist(), m[()])
print(m.c_contiguous, m.f_contiguous, m.contiguous)
print(m[...] is m)
show('index', lambda: m[0])
show('slice', lambda: m[0:1])
show('iter', lambda: iter(m))
m[()] = 7
print(m[()], m.obj)
m[...] = 9
print(m.tolist(), bytes(m))
show('assign index', lambda: m.__setitem__(0, 1))
show('bad size', lambda: memoryview(b'abc').cast('i', []))
b = memoryview(b'x').cast('B', ())
print(b.tolist(), b == memoryview(b'x').cast('B', ()), b.tobytes(), b.hex())
print(m == memoryview(bytearray(b'\x09\x00\x00\x00')).cast('i', []))
print(m == memoryview(b'\x09\x00\x00\x00').cast('i'))
