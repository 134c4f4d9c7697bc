# linecache: reading, caching, checkcache after changes, encodings, lazycache
import linecache, os, tempfile, shutil, time

d = tempfile.mkdtemp()
p = os.path.join(d, 'mod.py')
with open(p, 'w') as f:
    f.write('a = 1\nb = 2\nc = 3')
print(repr(linecache.getline(p, 1)), repr(linecache.getline(p, 3)), repr(linecache.getline(p, 4)))
print(repr(linecache.getline(p, 0)), repr(linecache.getline(p, -1)), len(linecache.getlines(p)))
print(p in linecache.cache, linecache.cache[p][0], linecache.cache[p][3] == p)

with open(p, 'w') as f:
    f.write('x = 10\n')
os.utime(p, (1, 1))
print(repr(linecache.getline(p, 1)))
linecache.checkcache('not-there')
print(repr(linecache.getline(p, 1)))
linecache.checkcache(p)
print(repr(linecache.getline(p, 1)))
os.remove(p)
linecache.checkcache()
print(p in linecache.cache, linecache.getlines(p))

q = os.path.join(d, 'latin.py')
with open(q, 'wb') as f:
    f.write(b'# -*- coding: latin-1 -*-\ns = "\xe9"\r\nt = 1\r')
print(linecache.getlines(q))
bad = os.path.join(d, 'bad.py')
with open(bad, 'wb') as f:
    f.write(b'x = "\xff"\n')
print(linecache.getlines(bad))
bom = os.path.join(d, 'bom.py')
with open(bom, 'wb') as f:
    f.write(b'\xef\xbb\xbfy = 2\n')
print(linecache.getlines(bom))

print(linecache.getline('', 1), linecache.getline('<string>', 1) == '', linecache.getlines(os.path.join(d, 'nope.py')))
print(linecache.lazycache('', {}), linecache.lazycache('<x>', {}), linecache.lazycache(p, None))

class Loader:
    def get_source(self, name):
        return 'from loader: ' + name + '\nsecond'
g = {'__name__': 'fake_mod', '__loader__': Loader()}
fake = os.path.join(d, 'nonexistent_fake.py')
print(linecache.lazycache(fake, g), len(linecache.cache[fake]))
print(linecache.lazycache(fake, g))
print(linecache.getlines(fake))
print(linecache.lazycache(fake, g), len(linecache.cache[fake]))
linecache.clearcache()
print(linecache.cache)
shutil.rmtree(d)
