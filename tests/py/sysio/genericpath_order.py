# genericpath imported before os; the functions it shares with posixpath
import genericpath
import os
import posixpath
import tempfile, shutil

print(os.path is posixpath, os.sep, posixpath.commonprefix is genericpath.commonprefix)
print(sorted(n for n in genericpath.__all__))
print(genericpath.commonprefix(['/usr/lib', '/usr/local']), genericpath.commonprefix([]))
d = tempfile.mkdtemp()
p = os.path.join(d, 'f')
with open(p, 'wb') as f:
    f.write(b'12345')
print(genericpath.exists(p), genericpath.isfile(p), genericpath.isdir(d), genericpath.getsize(p))
print(genericpath.exists(os.path.join(d, 'zz')), genericpath.isfile(d), genericpath.isdir(p))
print(genericpath.samefile(p, os.path.join(d, '.', 'f')), genericpath.samefile(p, d))
st1, st2 = os.stat(p), os.stat(p)
print(genericpath.samestat(st1, st2))
with open(p) as a, open(p) as b:
    print(genericpath.sameopenfile(a.fileno(), b.fileno()))
print(posixpath.getmtime(p) == os.stat(p).st_mtime, posixpath.getctime(p) > 0)
print(genericpath.exists('a\0b'), posixpath.exists(b'\0'), genericpath.exists(1000))
shutil.rmtree(d)
