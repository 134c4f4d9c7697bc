# operations on closed files and streams, and their messages
import io
import os

F = '_t_io2_closed.txt'

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

with open(F, 'w') as w:
    w.write('h\u00e9llo\nworld\n')
f = open(F)
f.close()
for op in (f.read, lambda: next(f), f.readline, lambda: f.write('x'), f.tell,
           lambda: f.seek(0), f.flush, f.readable, f.writable, f.seekable,
           lambda: iter(f), f.__enter__, f.readlines):
    t(op)
print(f.closed, f.name, f.mode)
f.close()
s = io.StringIO('abc')
s.close()
for op in (s.read, s.getvalue, lambda: s.write('x'), s.tell, lambda: iter(s), s.readline):
    t(op)
b = io.BytesIO(b'abc')
b.close()
for op in (b.read, b.getvalue, lambda: b.write(b'x'), b.tell, lambda: b.seek(0)):
    t(op)
print(s.closed, b.closed)
os.remove(F)
