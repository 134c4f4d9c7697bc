# bytes() and bytearray() of strided, multi-dimensional and released views
import array

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

m = memoryview(array.array('i', [1, 2, 3, 4]))[::2]
show('strided int', lambda: bytes(m))
show('strided ba', lambda: bytearray(m))
show('reversed', lambda: bytes(memoryview(b'abc')[::-1]))
show('2d', lambda: bytes(memoryview(bytes(range(6))).cast('B', (2, 3))))
show('2d strided', lambda: bytes(memoryview(bytes(range(12))).cast('B', (3, 4))[::2]))
show('0d', lambda: bytes(memoryview(b'\x05\x00').cast('h', [])))
r = memoryview(b'ab')
r.release()
show('released', lambda: bytes(r))
show('released ba', lambda: bytearray(r))
show('len', lambda: len(bytes(memoryview(array.array('d', [1.0, 2.0])))))
