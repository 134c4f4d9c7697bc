# tobytes orders, hex and contiguity of strided and multi-dimensional views
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

m = memoryview(bytes(range(12))).cast('B', (3, 4))
print(m.tobytes(), m.tobytes('C'), m.tobytes(order='F'), m.tobytes('A'), m.tobytes(None))
show('bad order', lambda: m.tobytes('X'))
show('bad order type', lambda: m.tobytes(1))
s = memoryview(bytes(range(10)))[::3]
print(s.tobytes(), s.tobytes('F'), s.tobytes('A'), s.hex(), s.hex(':'), bytes(s), bytearray(s))
print(s.c_contiguous, s.f_contiguous, s.contiguous, s.strides, s.shape, s.nbytes)
print(memoryview(b'abcd')[::2][:0].contiguous, memoryview(b'abcd')[1:2].contiguous)
print(memoryview(b'abcd')[::-1].tobytes(), memoryview(b'abcd')[::-1].strides)
show('cast strided', lambda: s.cast('B'))
r = memoryview(bytes(range(24))).cast('h', (3, 4))[::-1]
print(r.tobytes('C')[:4], r.tobytes('F')[:4], r.tobytes('A')[:4], r.c_contiguous, r.f_contiguous)
print(m.hex(), m.hex(' ', 2), m.hex(b'-', -3))
print(memoryview(b'').tobytes(), memoryview(b'').hex(), memoryview(b'').contiguous)
w = memoryview(bytes(range(8))).cast('B', (2, 1, 4))
print(w.c_contiguous, w.f_contiguous, w.strides, w.tobytes('F'))
