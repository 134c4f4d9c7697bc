# open() errors and operations on closed or read-only files
import os

D = '_t_io_err'
os.mkdir(D)
F = D + '/e.txt'

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r if not hasattr(r, 'close') else '')
        if hasattr(r, 'close'):
            r.close()
    except Exception as e:
        print(type(e).__name__, e)

show(open, D + '/missing.txt')
try:
    open(D + '/missing.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
show(open, D)
show(open, D, 'w')
show(open, F, 'q')
show(open, F, 'rw')
show(open, F, 'rbt')
show(open, F, 'wb', encoding='utf-8')
show(open, F, 'x')
show(open, F, 'x')
show(open, F, 'r', newline='x')

f = open(F, 'w')
show(f.read)
show(f.write, b'x')
f.close()
show(f.write, 'x')
show(f.read)
with open(F) as f:
    show(f.write, 'x')
with open(F, 'wb') as f:
    show(f.write, 'x')
with open(F) as f:
    show(f.seek, 1, 1)
    show(f.seek, -1)
print(f.closed)
os.remove(F)
os.rmdir(D)

# empty and directory paths
os.mkdir(D)
show(open, '')
show(open, '', 'w')
show(open, D, 'x')
show(open, D + '/nodir/f.txt', 'w')
for fn in (os.listdir, os.mkdir, os.rmdir, os.remove, os.stat, os.chdir):
    show(fn, '')
print(os.path.exists(''), os.path.isdir(''))
with open(F, 'w') as f:
    pass
show(open, F + '/under', 'w')
os.remove(F)
os.rmdir(D)
