# memoryview casts to several dimensions: shape, strides, indexing, tolist
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

m = memoryview(bytes(range(24))).cast('B', (2, 3, 4))
print(m.ndim, m.shape, m.strides, m.suboffsets, m.nbytes, m.itemsize, m.format)
print(m.c_contiguous, m.f_contiguous, m.contiguous)
print(m.tolist())
print(m[0, 0, 0], m[1, 2, 3], m[-1, -1, -1], m[1, -3, 2])
show('len', lambda: len(m))
show('int index', lambda: m[0])
show('short tuple', lambda: m[0, 1])
show('long tuple', lambda: m[0, 1, 2, 3])
show('out of range', lambda: m[0, 3, 0])
show('out of range 3', lambda: m[0, 0, 4])
show('multi slice', lambda: m[0:1, 0:1])
show('iter', lambda: list(m))
show('bad key', lambda: m['a'])
s = m[1:]
print(s.shape, s.strides, s.tolist(), s.c_contiguous)
r = m[::-1]
print(r.shape, r.strides, r.c_contiguous, r.f_contiguous, r.contiguous, r.tolist()[0][0])
print(r.tobytes()[:6])
i = memoryview(bytearray(range(24))).cast('i', (2, 3))
print(i.shape, i.strides, i.format, i.tolist())
i[1, 2] = -5
print(i[1, 2], i.obj[20:24])
show('assign short', lambda: i.__setitem__(1, 3))
show('assign slice', lambda: i.__setitem__(slice(0, 1), b'x'))
flat = i.cast('B')
print(flat.shape, flat.ndim, len(flat))
show('nd to nd', lambda: i.cast('B', (4, 6)))
print(memoryview(b'abcdef').cast('c', [2, 3]).tolist())
print(memoryview(bytearray(8)).cast('h', (1, 4)).shape)
