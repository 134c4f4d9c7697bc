# permission bits from mkdir/os.open/chmod, and os.devnull
import os, stat, tempfile, shutil

d = tempfile.mkdtemp()
print(oct(stat.S_IMODE(os.stat(d).st_mode)))
os.mkdir(os.path.join(d, 'a'), 0o555)
os.mkdir(os.path.join(d, 'b'))
print(oct(stat.S_IMODE(os.stat(os.path.join(d, 'a')).st_mode)), oct(stat.S_IMODE(os.stat(os.path.join(d, 'b')).st_mode)))
fd, p = tempfile.mkstemp(dir=d)
os.close(fd)
print(oct(stat.S_IMODE(os.stat(p).st_mode)))
q = os.path.join(d, 'q')
os.close(os.open(q, os.O_CREAT | os.O_WRONLY, 0o640))
print(oct(stat.S_IMODE(os.stat(q).st_mode)))
class Mode:
    def __index__(self):
        return 0o604
os.chmod(q, Mode())
print(oct(stat.S_IMODE(os.stat(q).st_mode)), stat.filemode(os.stat(q).st_mode))
os.chmod(os.path.join(d, 'a'), 0o755)
print(stat.filemode(os.stat(os.path.join(d, 'a')).st_mode))
try:
    os.chmod(os.path.join(d, 'missing'), 0o600)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)

with open(os.devnull, 'wb', 0) as f:
    print(f.write(b'hello'))
with open(os.devnull, 'w') as f:
    f.write('text')
with open(os.devnull, 'rb') as f:
    print(f.read())
fd = os.open(os.devnull, os.O_RDWR)
print(os.write(fd, b'abc'), os.read(fd, 10))
os.close(fd)
print(os.path.exists(os.devnull))
shutil.rmtree(d)
