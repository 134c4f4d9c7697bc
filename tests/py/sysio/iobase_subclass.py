# io.IOBase / RawIOBase / BufferedIOBase / TextIOBase in Python subclasses
import io

class Source(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

s = Source(b'one\ntwo\nthree')
print(s.read(2), s.readline(), s.read(), s.read())
s = Source(b'x\ny\n')
print(list(s), s.closed)
s = Source(b'abc\ndef\nghi\n')
print(s.readlines(5))
print(s.readall())
with Source(b'') as s:
    print(s.readable(), s.writable(), s.seekable(), s.isatty())
print(s.closed)
for f in [lambda: s.read(), lambda: s.readline(), lambda: iter(s), lambda: s.flush()]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)

b = io.IOBase()
for name in ['seek', 'truncate', 'fileno']:
    try:
        getattr(b, name)(0) if name != 'fileno' else b.fileno()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
print(io.UnsupportedOperation.__mro__[1:3])
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))

class Sink(io.BufferedIOBase):
    def __init__(self):
        self.got = []
    def writable(self):
        return True
    def write(self, b):
        self.got.append(bytes(b))
        return len(b)

k = Sink()
k.writelines([b'a', b'bc'])
print(k.got)
try:
    k.read()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
try:
    k.detach()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)

class Txt(io.TextIOBase):
    pass
t = Txt()
print(t.encoding, t.newlines, t.errors)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(isinstance(open(__file__), io.TextIOBase), isinstance(open(__file__, 'rb'), io.BufferedIOBase))

dec = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(dec.decode('a\r')), repr(dec.decode('\nb\r')), repr(dec.decode('', final=True)), dec.newlines)
print(io.text_encoding(None), io.text_encoding('latin-1'))
with io.open_code(__file__) as f:
    print(type(f).__name__, f.read(6))
