# released views: every use raises ValueError; release from inside __index__
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

m = memoryview(bytearray(b'abcdef'))
m.release()
m.release()
print(repr(m).startswith('<released memory at 0x'))
for name in ('obj', 'nbytes', 'readonly', 'itemsize', 'format', 'ndim', 'shape', 'strides',
             'suboffsets', 'c_contiguous', 'f_contiguous', 'contiguous'):
    show(name, lambda: getattr(m, name))
show('len', lambda: len(m))
show('item', lambda: m[0])
show('tolist', lambda: m.tolist())
show('tobytes', lambda: m.tobytes())
show('hex', lambda: m.hex())
show('cast', lambda: m.cast('B'))
show('toreadonly', lambda: m.toreadonly())
show('memoryview', lambda: memoryview(m))
show('bytes', lambda: bytes(m))
show('enter', lambda: m.__enter__())
show('hash', lambda: hash(m))

size = 16
ba = None
def release():
    global ba
    m.release()
    ba = bytearray(size)

class Idx:
    def __index__(self):
        release()
        return 4

class Flt:
    def __float__(self):
        release()
        return 4.25

m = memoryview(bytearray(b'\xff' * size))
show('get', lambda: m[Idx()])
m = memoryview(bytearray(b'\xff' * size))
show('slice get', lambda: list(m[:Idx()]))
m = memoryview(bytearray(b'\xff' * size))
show('set', lambda: m.__setitem__(Idx(), 1))
m = memoryview(bytearray(b'\xff' * size))
show('set value', lambda: m.__setitem__(0, Idx()))
m = memoryview(bytearray(b'\xff' * size))
show('set slice', lambda: m.__setitem__(slice(0, Idx()), b'spam'))
m = memoryview(bytearray(b'\xff' * size)).cast('d')
show('set float', lambda: m.__setitem__(0, Flt()))
m = memoryview(bytearray(b'\xff' * size)).cast('B', (4, 4))
show('tuple', lambda: m[Idx() , 0])
show('ba', lambda: ba[:4])

with memoryview(b'abc') as w:
    print(w.tobytes())
show('after with', lambda: w[0])
show('repr', lambda: repr(w)[:18])
