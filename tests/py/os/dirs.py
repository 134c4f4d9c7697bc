# mkdir, listdir, makedirs, rmdir, rename, remove and their errors
import os

D = '_t_os_dirs'

def err(f, *a):
    try:
        f(*a)
        print('no error')
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, repr(e.filename), repr(e.filename2), '|', e)

os.mkdir(D)
print(os.path.isdir(D), os.path.isfile(D), os.path.exists(D))
err(os.mkdir, D)
err(os.mkdir, D + '/x/y')
os.makedirs(D + '/a/b/c')
os.makedirs(D + '/a/b/c', exist_ok=True)
err(os.makedirs, D + '/a/b')
print(sorted(os.listdir(D + '/a')))
with open(D + '/f.txt', 'w') as f:
    f.write('x')
print(sorted(os.listdir(D)))
err(os.listdir, D + '/missing')
err(os.listdir, D + '/f.txt')
err(os.rmdir, D + '/a')
err(os.rmdir, D + '/f.txt')
err(os.rmdir, D + '/missing')
err(os.remove, D + '/a')
err(os.remove, D + '/missing')
err(os.rename, D + '/missing', D + '/other')
os.rename(D + '/f.txt', D + '/g.txt')
print(sorted(os.listdir(D)))
os.replace(D + '/g.txt', D + '/h.txt')
print(os.path.exists(D + '/g.txt'), os.path.exists(D + '/h.txt'))
os.unlink(D + '/h.txt')
os.rmdir(D + '/a/b/c')
os.removedirs(D + '/a/b')
print(os.path.exists(D))
