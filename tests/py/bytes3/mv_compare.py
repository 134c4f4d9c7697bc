# memoryview equality: by unpacked values, across formats and shapes
import array
nan = float('nan')

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

b = memoryview(b'abc')
print(b == b'abc', b'abc' == b, b == bytearray(b'abc'), b != b'abd', b == 'abc', 'abc' == b)
print(b == memoryview(bytearray(b'abc')), b == b[:], b[:2] == b'ab', b[::2] == b'ac')
i = memoryview(array.array('i', [1, 2, 3]))
print(i == array.array('i', [1, 2, 3]), i == array.array('h', [1, 2, 3]), i == array.array('d', [1, 2, 3]))
print(i == array.array('i', [1, 2]), i == [1, 2, 3], i == b'\x01\x00\x00\x00')
print(i.cast('B') == i.tobytes(), i == i.cast('B').cast('i'))
d = memoryview(array.array('d', [nan]))
print(d == d, d == array.array('d', [nan]), d != d)
f = memoryview(array.array('f', [1.5])); g = memoryview(array.array('d', [1.5]))
print(f == g, g == f)
x = memoryview(bytes(6)).cast('B', (2, 3)); y = memoryview(bytes(6)).cast('B', (3, 2))
print(x == y, x == memoryview(bytes(6)).cast('B', [2, 3]), x == bytes(6))
e1 = memoryview(b'')
print(e1 == b'', e1 == memoryview(array.array('i')), e1 == memoryview(bytes(4)).cast('B', (1, 4))[0:0])
show('lt', lambda: b < b'abd')
show('ge', lambda: b >= b)
show('le rev', lambda: b'abc' <= b)
r = memoryview(b'abc'); r.release()
print(r == r, r == b'abc', r != memoryview(b'abc'))
c = memoryview(b'\x01\x00').cast('?')
print(c == memoryview(b'\x01\x00').cast('?'), c.tolist())
print(memoryview(b'ab').cast('c') == memoryview(b'ab'), memoryview(b'ab').cast('c') == memoryview(b'ab').cast('c'))
print(bytearray(b'ab') == memoryview(b'ab'), bytearray(b'ab') < memoryview(b'ac'))
show('bytes lt mv', lambda: b'ab' < memoryview(b'ac'))
