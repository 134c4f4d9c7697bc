# binary files: bytes-like writes, read sizes, seek forms, readinto
import os

F = '_t_io2_bin.dat'

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

with open(F, 'wb') as w:
    print(w.write(b'ab'), w.write(bytearray(b'cd')), w.write(memoryview(b'ef')))
    t(lambda: w.write('x'))
    t(lambda: w.write(5))
    t(lambda: w.read())
    print(w.tell(), w.writable(), w.readable())
f = open(F, 'rb')
print(f.read(2), f.read1(1), f.tell())
t(lambda: f.read(-5))
print(f.seek(-1, 2), f.read(), f.seek(1), f.seek(2, 1), f.read())
t(lambda: f.seek(-10))
t(lambda: f.seek(-10, 2))
f.seek(0)
buf = bytearray(4)
print(f.readinto(buf), buf)
f.seek(0)
print(f.readline(1), f.readlines())
print(type(f).__name__, f.mode, f.name == F)
f.close()
with open(F, 'r+b') as f:
    f.seek(1)
    f.write(b'XY')
    f.seek(10)
    f.write(b'!')
with open(F, 'rb') as f:
    print(f.read())
with open(F, 'ab') as f:
    f.write(b'++')
    print(f.tell())
with open(F, 'rb') as f:
    print(f.read())
os.remove(F)
