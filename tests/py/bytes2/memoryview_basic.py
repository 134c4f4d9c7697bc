def show(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r)
B = [b'', b'a', b'abc', b'Hello World', b'  x y  ', b'a\tb\tc', b'x\r\ny\rz\n', b'\x00\xff\x80', b'hello world foo', b'ABC def', b'MiXeD 123', b'\x0b\x0c\x1c', b'aBc1_']
M0 = ['upper','lower','title','capitalize','swapcase','isalpha','isalnum','isdigit','isspace','islower','isupper','istitle','isascii','splitlines','split','rsplit','strip','lstrip','rstrip','expandtabs','hex']
def e(f):
    a = bytearray(b'abc')
    return f(a)
def mv():
    m = memoryview(b'abcdef')
    r = [m[0], m[-1], m[1:3].tobytes(), m[::2].tolist(), m.hex(), m.hex(':'), m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape, m.strides, m == b'abcdef', m[::2] == b'ace', len(m), bytes(m[1:]), m.obj, m.c_contiguous, m.contiguous, m[::2].contiguous, m.suboffsets]
    c = m.cast('c'); r += [c[0], c.format, c.tolist()[:2]]
    s = m.cast('b'); r += [s[0], s.format]
    r.append(list(m[:2]))
    m.release(); r.append(repr(m)[:20])
    return r
show(84, mv)
show(85, lambda: memoryview(b'x')[0:1].__setitem__(0, 5))
show(87, lambda: memoryview('abc'))
show(88, lambda: memoryview(bytearray(b'ab'))[5])
show(89, lambda: memoryview(bytearray(b'ab')).__setitem__(0, 300))
show(90, lambda: memoryview(bytearray(b'ab')).__setitem__(slice(0, 2), b'x'))
show(91, lambda: memoryview(b'ab').cast('x'))
show(92, lambda: hash(memoryview(b'ab')) == hash(b'ab'))
show(93, lambda: hash(memoryview(bytearray(b'ab'))))
show(94, lambda: memoryview(b'ab') == memoryview(b'ab'))
show(95, lambda: memoryview(b'ab').tobytes('A'))
show(96, lambda: bytes(memoryview(b'ab')[::-1]))
show(97, lambda: memoryview(b'abc')[::-1].tolist())
def released():
    m = memoryview(b'ab')
    m.release()
    out = []
    for a in ['obj', 'nbytes', 'readonly', 'itemsize', 'format', 'ndim', 'shape', 'strides', 'suboffsets',
              'c_contiguous', 'f_contiguous', 'contiguous', 'released']:
        try:
            getattr(m, a)
            out.append(a + ' ok')
        except Exception as e:
            out.append(a + ' ' + type(e).__name__)
    return out
show(200, released)
show(201, lambda: float(memoryview(b'1.5x')[:3]))
show(202, lambda: int(memoryview(b' 42 ')))
def iterate():
    m = memoryview(b'abc')
    r = [list(m), list(m.cast('c')), [x for x in m[::-1]], '__iter__' in dir(memoryview), sum(memoryview(bytes(range(10))))]
    return r
show(203, iterate)
