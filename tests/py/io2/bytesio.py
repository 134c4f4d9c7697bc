# io.BytesIO: reads, writes past the end, readinto, errors, subclasses
import io

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = io.BytesIO(b'abc\ndef\n')
print(b.read(2), b.readline(), b.read(), b.tell(), b.read())
b.seek(-2, 2)
print(b.read())
print(b.seek(-100, 1), b.tell())
b = io.BytesIO()
print(b.write(b'xyz'), b.write(bytearray(b'12')), b.write(memoryview(b'!')), b.getvalue())
b.seek(8)
b.write(b'?')
print(b.getvalue(), b.tell())
print(b.truncate(2), b.getvalue(), b.tell())
t(lambda: b.write('str'))
t(lambda: io.BytesIO('x'))
t(lambda: b.seek(-1))
t(lambda: b.seek(0, 5))
t(lambda: b.truncate(-1))
t(lambda: b.read(-5))
buf = bytearray(2)
b.seek(0)
print(b.readinto(buf), buf, b.getbuffer() == bytearray(b'xy'))
print(list(io.BytesIO(b'1\n2\n3')), io.BytesIO(bytearray(b'q')).read())

class Sub(io.BytesIO):
    def __init__(self, data, tag):
        self.tag = tag
        super().__init__(data)

s = Sub(b'hello', 'T')
print(s.tag, s.read(), isinstance(s, io.BytesIO))
