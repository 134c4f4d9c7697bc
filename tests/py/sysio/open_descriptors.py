# open() of a descriptor, os.fdopen, opener=, closefd, fileno()
import os, tempfile, shutil

d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')

fd = os.open(p, os.O_RDWR | os.O_CREAT)
with open(fd, 'w', closefd=False) as f:
    print(f.name == fd, f.write('line one\nline two\n'))
print(os.lseek(fd, 0, 0) == 0, os.read(fd, 4))
with os.fdopen(fd) as f:
    print(repr(f.read()))
try:
    os.close(fd)
except OSError as e:
    print('closed already:', e.errno)

def opener(path, flags):
    print('opener flags', flags & os.O_ACCMODE, bool(flags & os.O_CREAT))
    return os.open(path, flags)

with open(p, 'a', opener=opener) as f:
    f.write('three\n')
with open(p, opener=opener) as f:
    print(f.readlines())

with open(p) as f:
    fd = f.fileno()
    print(isinstance(fd, int), os.fstat(fd).st_size)
    print(f.fileno() == fd)

for bad in [lambda: open(p, closefd=False), lambda: open(-3),
            lambda: open(12345), lambda: open(p, opener=lambda *a: 'x'),
            lambda: open(p, opener=lambda *a: -1)]:
    try:
        bad()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

fd, name = tempfile.mkstemp(dir=d, suffix='.dat')
print(name.endswith('.dat'), os.path.dirname(name) == d)
with open(fd, 'wb') as f:
    f.write(b'\x00\x01')
print(os.path.getsize(name))
shutil.rmtree(d)
