# os.removedirs climbs until a directory is not empty; the root is never removed
import os, tempfile

base = tempfile.mkdtemp()
deep = os.path.join(base, 'a', 'b', 'c')
os.makedirs(deep)
open(os.path.join(base, 'keep'), 'w').close()
os.removedirs(deep)
print(os.path.exists(os.path.join(base, 'a')), os.path.exists(base))
os.remove(os.path.join(base, 'keep'))
os.rmdir(base)
print(os.path.exists(base))
try:
    os.rmdir('/')
except OSError as e:
    print(type(e).__name__, e.errno in (16, 39), e.filename)
print(os.path.isdir('/'), os.path.isdir(os.sep))
