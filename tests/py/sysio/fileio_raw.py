# io.FileIO: modes, reads and writes, seek/tell, errors, repr
import io, os, tempfile, shutil

d = tempfile.mkdtemp()
p = os.path.join(d, 'raw.bin')

with io.FileIO(p, 'w') as f:
    print(f.mode, f.readable(), f.writable(), f.seekable(), f.closefd)
    print(f.write(b'0123456789'))
    print(f.tell())
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
print(f.closed)

with io.FileIO(p) as f:
    print(f.mode, f.read(3), f.tell())
    print(f.seek(-2, 2), f.read())
    print(f.seek(0), f.readall())
    b = bytearray(4)
    f.seek(1)
    print(f.readinto(b), b)
    f.seek(0)
    print(f.readline(), f.readlines())

with io.FileIO(p, 'r+') as f:
    f.seek(2)
    f.write(b'ab')
    print(f.truncate(6), f.tell())
with open(p, 'rb') as f:
    print(f.read())

with io.FileIO(p, 'a') as f:
    print(f.mode, f.write(b'++'))
with open(p, 'rb') as f:
    print(f.read())

f = io.FileIO(p, 'rb')
print(repr(f).replace(p, 'P'))
fd = f.fileno()
g = io.FileIO(fd, closefd=False)
print(g.read(2), repr(g).startswith("<_io.FileIO name="))
g.close()
print(f.read(2))
f.close()
print(repr(f))
for bad in [lambda: f.read(), lambda: f.fileno(), lambda: f.seek(0)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)

for args in [(p, 'rw'), (p, 'rr'), (p, 'q'), (-1,), (p, 'x')]:
    try:
        io.FileIO(*args)
    except (ValueError, OSError) as e:
        print(type(e).__name__, str(e).replace(p, 'P'))
try:
    io.FileIO(d)
except IsADirectoryError as e:
    print('IsADirectoryError', e.errno)

with open(p, 'rb', buffering=0) as f:
    print(type(f).__name__, f.read(2))
print(isinstance(f, io.RawIOBase), isinstance(f, io.IOBase))
shutil.rmtree(d)
