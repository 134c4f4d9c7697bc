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
show(42, lambda: (bytearray(b'x') == b'x', b'x' == bytearray(b'x'), b'a' < b'b', bytearray(b'a') < b'ab', b'x' == 'x', hash(b'abc') == hash(b'abc')))
show(43, lambda: b'a' < 'a')
show(44, lambda: hash(bytearray()))
show(45, lambda: (repr(bytearray(b"it's")), repr(b"it's \"q\""), repr(b'\t\n\r\x7f\\'), repr(bytearray())))
show(46, lambda: b'abc' + 'x')
show(47, lambda: b'abc' * -1)
show(48, lambda: b'abc'.split(b''))
show(49, lambda: b'a,b'.split(','))
show(50, lambda: b'abc'.startswith((b'x', b'a')))
show(51, lambda: b'abc'.startswith('a'))
show(52, lambda: b'abc'.center(5, b'ab'))
show(53, lambda: bytes.maketrans(b'ab', b'c'))
show(54, lambda: b'abc'.translate(b'x'))
