# tempfile: mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile,
# SpooledTemporaryFile, TemporaryDirectory
import os, tempfile

base = tempfile.mkdtemp(prefix='pre_', suffix='_suf')
name = os.path.basename(base)
print(name.startswith('pre_'), name.endswith('_suf'), os.path.isdir(base))

fd, path = tempfile.mkstemp(dir=base, prefix='a', suffix='.txt', text=True)
print(type(fd).__name__, os.path.isabs(path), os.path.basename(path)[0], path.endswith('.txt'))
os.write(fd, b'data')
os.close(fd)
print(open(path).read())

fd, bpath = tempfile.mkstemp(dir=base.encode())
print(type(bpath).__name__)
os.close(fd)
try:
    tempfile.mkstemp(prefix=b'x', suffix='y')
except TypeError as e:
    print('TypeError', e)

with tempfile.NamedTemporaryFile('w+', dir=base, delete=True) as f:
    f.write('hello')
    f.flush()
    print(os.path.exists(f.name), os.path.dirname(f.name) == base)
    f.seek(0)
    print(f.read())
    kept = f.name
print(os.path.exists(kept))

with tempfile.NamedTemporaryFile(dir=base, delete=False) as f:
    f.write(b'stay')
print(os.path.exists(f.name), open(f.name, 'rb').read())
os.unlink(f.name)

with tempfile.TemporaryFile(dir=base) as f:
    f.write(b'abc')
    f.seek(0)
    print(f.read())

s = tempfile.SpooledTemporaryFile(max_size=10, mode='w+b', dir=base)
s.write(b'12345')
print(s._rolled)
s.write(b'678901')
print(s._rolled)
s.seek(0)
print(s.read())
s.close()
print(s.closed)

t = tempfile.SpooledTemporaryFile(mode='w+')
t.write('text\n')
t.seek(0)
print(t.read(), t.encoding is not None, t.mode)
t.close()

with tempfile.TemporaryDirectory(dir=base) as td:
    open(os.path.join(td, 'x'), 'w').close()
    os.mkdir(os.path.join(td, 'sub'))
    print(sorted(os.listdir(td)))
print(os.path.exists(td))
td = tempfile.TemporaryDirectory(dir=base)
print(repr(td).startswith('<TemporaryDirectory '))
td.cleanup()
print(os.path.exists(td.name))

n = tempfile.mktemp(dir=base)
print(os.path.exists(n), os.path.dirname(n) == base)
print(tempfile.gettempprefix(), tempfile.gettempprefixb())
print(type(tempfile.gettempdir()).__name__, type(tempfile.gettempdirb()).__name__)
print(sorted(os.listdir(base)) == sorted(os.path.basename(x) for x in [path, bpath.decode()]))
import shutil
shutil.rmtree(base)
print(os.path.exists(base))
