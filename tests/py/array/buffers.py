# arrays with struct, bytes, files and subclasses
import array
import io
import struct

a = array.array('i', [0, 0, 0])
struct.pack_into('<i', a, 4, 99)
print(a, struct.unpack_from('<3i', a.tobytes()))
print(bytes(array.array('h', [1, -1])), bytearray(array.array('B', [1, 2])), list(bytes(array.array('b', [-1]))))
f = io.BytesIO()
array.array('H', [1, 2, 3]).tofile(f)
print(f.getvalue())
f.seek(0)
b = array.array('H')
b.fromfile(f, 2)
print(b)
try:
    b.fromfile(f, 5)
except EOFError as e:
    print('EOFError', e, b)
c = array.array('d', [1.5, -2.25])
print(c.tobytes() == struct.pack('2d', 1.5, -2.25), array.array('d', c.tobytes()))
r = array.array('i', [1, 2]).__reduce_ex__(2)
print(r[0].__name__ if hasattr(r[0], '__name__') else r[0], r[1][0] if len(r[1]) > 1 else r[1])
print(array.array('q', [2**62]) * 2, array.array('Q', [2**64 - 1]), array.array('L', [2**63]))
x = array.array('f', [1.0, 2.0])
x[0] = 7
x[1] = True
print(x, x.itemsize, x.buffer_info()[1])
