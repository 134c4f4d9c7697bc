# bytes and bytearray details: hex separators, __bytes__ of str subclasses,
# extended-slice deletion by assignment, index conversion order
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

b = b'\xb9\x01\xef'
for sep in [b'\x00', '\x00', ':', b'-', '', 'xx', '\xff', b'\xff', b'\x80', None]:
    show(repr(sep), lambda: b.hex(sep))
show('ba', lambda: bytearray(b).hex(b'\x7f', 2))
show('mv', lambda: memoryview(b).hex(':', -2))

class StrWithBytes(str):
    def __new__(cls, value):
        self = str.__new__(cls, value)
        self.b = value.encode()
        return self
    def __bytes__(self):
        return self.b

show('str subclass', lambda: bytes(StrWithBytes('abc')))
show('str subclass ba', lambda: bytearray(StrWithBytes('abc')))
show('plain str', lambda: bytes('abc'))

x = bytearray(b'abcdef')
x[::2] = b''
print(x)
x = bytearray(b'abcdef')
x[1:-1:2] = bytearray()
print(x)
x = bytearray(b'abcdef')
show('wrong size', lambda: x.__setitem__(slice(None, None, 2), b'xy'))

class Boom:
    def __index__(self):
        y.clear()
        return 0

y = bytearray(b'Now you see me')
show('boom', lambda: y.__setitem__(0, Boom()))
print(y)
print(b'abc' == bytearray(b'abc'), bytearray(b'abc') == memoryview(b'abc'), b'abc' == memoryview(b'abc'))
show('bytes lt ba', lambda: b'abc' < bytearray(b'abd'))
show('ba lt mv', lambda: bytearray(b'abc') < memoryview(b'abd'))
