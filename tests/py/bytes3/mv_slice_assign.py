# slice assignment into memoryviews: structures must match
import array

def show(label, f):
    try:
        f()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)

buf = bytearray(b'abcdefgh')
m = memoryview(buf)
m[0:3] = b'XYZ'
print(buf)
m[::2] = b'1234'
print(buf)
m[1:3] = memoryview(b'--')
print(buf)
m[:] = m[::-1].tobytes()
print(buf)
m[2:6] = m[0:4]
print(buf)
show('too short', lambda: m.__setitem__(slice(0, 3), b'ab'))
show('too long', lambda: m.__setitem__(slice(0, 1), b'ab'))
show('not buffer', lambda: m.__setitem__(slice(0, 1), [1]))
show('str', lambda: m.__setitem__(slice(0, 1), 'a'))
show('other format', lambda: m.__setitem__(slice(0, 4), memoryview(b'abcd').cast('i')))
show('delete', lambda: m.__delitem__(0))
show('delete slice', lambda: m.__delitem__(slice(0, 1)))
show('readonly', lambda: memoryview(b'ab').__setitem__(0, 1))
show('byte range', lambda: m.__setitem__(0, 256))
show('byte type', lambda: m.__setitem__(0, b'a'))
show('index error', lambda: m.__setitem__(8, 1))
show('float key', lambda: m.__setitem__(1.0, 1))
c = memoryview(bytearray(b'ab')).cast('c')
c[0] = b'z'
print(c.obj)
show('c wrong len', lambda: c.__setitem__(0, b'zz'))
show('c wrong type', lambda: c.__setitem__(0, 1))
q = memoryview(bytearray(2)).cast('?')
q[0] = [1]
q[1] = 0
print(q.tolist(), q.obj)
f = memoryview(bytearray(8)).cast('f')
f[0] = 1.5
f[1] = 2
print(f.tolist())
show('float too big', lambda: f.__setitem__(0, 1e300))
show('float type', lambda: f.__setitem__(0, 'x'))
a = array.array('i', [1, 2, 3, 4])
ma = memoryview(a)
ma[::-1] = array.array('i', [5, 6, 7, 8])
print(a)
show('2d slice', lambda: memoryview(bytearray(4)).cast('B', (2, 2)).__setitem__(slice(0, 1), b'ab'))
