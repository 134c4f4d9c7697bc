# Every native format a 1-D cast supports: read, write back, compare.
import struct
raw = bytearray(range(1, 49))
for fmt in 'BbcHhIiLlQqNnPfd?':
    m = memoryview(raw).cast(fmt)
    vals = m.tolist()
    same = vals == list(struct.unpack('=%d%s' % (len(m), fmt), bytes(raw)))
    print(fmt, m.itemsize, len(m), m.nbytes, m.strides, m.format, same, m[0], m[-1], m[1:3].tolist())
    if fmt not in 'fd':
        before = bytes(raw)
        m[0] = m[-1]
        print('  ', bytes(raw) == before, m[0] == m[-1])
        m[0] = vals[0]
    print('  ', bytes(raw) == bytes(range(1, 49)), m == m, m.tobytes() == bytes(raw))
print(memoryview(raw).cast('@I').format, memoryview(raw).cast('I').cast('B').format)
for fmt in ('x', 'e', '2B', '<B', '', 'BB'):
    try:
        memoryview(raw).cast(fmt)
    except ValueError as e:
        print('ValueError', e)
m = memoryview(raw).cast('H')
for v in (-1, 65536, 1.5, 'x', None):
    try:
        m[0] = v
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
m = memoryview(raw).cast('q')
m[0] = -2**63
m[1] = 2**63 - 1
print(m[0], m[1])
for v in (2**63, -2**63 - 1):
    try:
        m[0] = v
    except ValueError as e:
        print('ValueError', e)
m = memoryview(raw).cast('Q')
m[0] = 2**64 - 1
print(m[0])
for v in (2**64, -1):
    try:
        m[0] = v
    except ValueError as e:
        print('ValueError', e)
print(memoryview(b'\x01\x02').cast('b') == b'\x01\x02', memoryview(b'\xff').cast('b') == b'\xff',
      memoryview(b'ab').cast('c') == memoryview(b'ab'), memoryview(b'abcd').cast('H') == memoryview(b'abcd'))
