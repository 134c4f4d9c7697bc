# memoryview.cast: formats, shapes and CPython's errors
def show(label, f):
    try:
        r = f()
        print(label, r.format, r.shape, r.itemsize, r.readonly)
    except Exception as e:
        print(label, type(e).__name__, e)

m = memoryview(bytearray(24))
for fmt in ['B', 'b', 'c', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'f', 'd', 'P', '@i', '@B']:
    show(fmt, lambda: m.cast(fmt))
for fmt in ['e', '<i', 'ii', '', 'x', 's', 'é', '=B']:
    show(repr(fmt), lambda: m.cast(fmt))
show('non-byte', lambda: m.cast('i').cast('h'))
show('back to byte', lambda: m.cast('i').cast('B'))
show('multiple', lambda: memoryview(b'abc').cast('h'))
show('shape', lambda: m.cast('i', (2, 3)))
show('shape list', lambda: m.cast('B', [4, 6]))
show('bad product', lambda: m.cast('B', (5, 5)))
show('shape type', lambda: m.cast('B', 24))
show('shape items', lambda: m.cast('B', ('a',)))
show('shape zero', lambda: m.cast('B', (0, 24)))
show('shape neg', lambda: m.cast('B', (-1, 24)))
show('format type', lambda: m.cast(1))
show('kw', lambda: m.cast(format='i', shape=[6]))
show('zeros', lambda: memoryview(b'').cast('B', (0,)))
show('empty 1d', lambda: memoryview(b'').cast('i'))
show('strided', lambda: m[::2].cast('B'))
show('readonly kept', lambda: memoryview(b'abcd').cast('i'))
show('toreadonly', lambda: m.toreadonly().cast('h', [3, 4]))
show('too many dims', lambda: m.cast('B', [1] * 65))
show('missing', lambda: m.cast())
print(m.cast('@i').format, m.cast('i').cast('B', [2, 12]).cast('B').shape)
