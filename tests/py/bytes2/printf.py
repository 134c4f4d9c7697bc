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
show(18, lambda: b'%s %d %r %a %x %c %c %5.2f %%' % (b'x', 5, 'é', 'é', 255, 65, b'z', 1.5))
show(19, lambda: b'%s' % 'x')
show(20, lambda: b'%(a)s' % {b'a': b'1'})
show(21, lambda: b'%b' % bytearray(b'q'))
show(22, lambda: b'%c' % 256)
show(23, lambda: b'%s' % memoryview(b'mv'))
show(24, lambda: b'%s' % 5)
show(115, lambda: b'%x' % 1.5)
show(116, lambda: b'%-5d|%05.1f|%#o' % (3, 2.25, 8))
