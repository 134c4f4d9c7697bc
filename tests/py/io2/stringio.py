# io.StringIO: positions in code points, errors, newline modes
import io

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = io.StringIO('h\u00e9llo\nw\u00f6rld\n')
print(repr(s.read(2)), s.tell(), repr(s.readline()), s.tell())
print(s.readlines(), s.tell())
s.seek(1)
print(repr(s.read(3)))
s = io.StringIO()
print(s.write('abc'), s.write('\u00e9\u00e9'), s.tell(), repr(s.getvalue()))
s.seek(1)
s.write('X')
print(repr(s.getvalue()), s.tell())
s.seek(10)
s.write('!')
print(repr(s.getvalue()), s.tell())
print(s.truncate(3), repr(s.getvalue()), s.tell())
t(lambda: s.write(b'x'))
t(lambda: io.StringIO(5))
t(lambda: s.seek(-1))
t(lambda: s.seek(1, 1))
t(lambda: s.seek(1, 2))
t(lambda: s.seek(0, 5))
t(lambda: s.truncate(-1))
t(lambda: io.StringIO(newline='x'))
t(lambda: io.StringIO(newline=5))

t(lambda: s.fileno())
print(s.seek(0, 2), s.seek(0, 1))
print(repr(io.StringIO('a\r\nb\rc', newline=None).getvalue()))
print(io.StringIO('a\r\nb\rc', newline='').readlines())
print(repr(io.StringIO('a\nb', newline='\r\n').getvalue()))
print(io.StringIO('a\r\nb\rc\n').readlines())
print(list(io.StringIO('x\ny')), io.StringIO(None).getvalue() == '')
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.line_buffering, s.newlines)
with io.StringIO('q') as f:
    print(f.read())
print(f.closed)
