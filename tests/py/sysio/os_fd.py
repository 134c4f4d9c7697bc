# os.open / read / write / lseek / ftruncate / close on descriptors
import os, tempfile, shutil

d = tempfile.mkdtemp()
p = os.path.join(d, 'data.bin')

fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, fd > 2)
print(os.write(fd, b'hello world'))
print(os.write(fd, bytearray(b'!!')))
os.close(fd)

fd = os.open(p, os.O_RDWR)
print(os.read(fd, 5))
print(os.lseek(fd, 0, os.SEEK_CUR))
print(os.lseek(fd, -3, os.SEEK_END), os.read(fd, 10))
print(os.read(fd, 10))
os.lseek(fd, 20, os.SEEK_SET)
os.write(fd, b'Z')
os.lseek(fd, 0, 0)
print(os.read(fd, 100))
os.ftruncate(fd, 4)
os.lseek(fd, 0, 0)
print(os.read(fd, 100))
os.close(fd)

fd = os.open(p, os.O_WRONLY | os.O_APPEND)
os.write(fd, b'-tail')
os.close(fd)
with open(p, 'rb') as f:
    print(f.read())

def err(f, *a):
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e.errno if isinstance(e, OSError) else '', e.strerror if isinstance(e, OSError) else e)

err(os.close, fd)
err(os.read, fd, 1)
err(os.write, fd, b'x')
err(os.lseek, 9999, 0, 0)
err(os.open, os.path.join(d, 'missing'), os.O_RDONLY)
err(os.open, p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
err(os.open, os.path.join(d, 'no', 'such'), os.O_WRONLY | os.O_CREAT)
err(os.write, 1000, 'text')

fd = os.open(p, os.O_RDONLY)
err(os.write, fd, b'x')
err(os.lseek, fd, -100, 0)
os.close(fd)

fd = os.open(p, os.O_WRONLY)
err(os.read, fd, 1)
os.close(fd)

shutil.rmtree(d)
print(os.path.exists(d))
