# os.walk, os.stat, os.getcwd/chdir, scandir
import os

D = '_t_os_walk'
os.makedirs(D + '/sub/deeper')
for name, text in [('a.txt', 'abc'), ('sub/b.txt', 'hello'), ('sub/deeper/c.txt', '')]:
    with open(D + '/' + name, 'w') as f:
        f.write(text)

for top, dirs, files in os.walk(D):
    print(top, sorted(dirs), sorted(files))
for top, dirs, files in os.walk(D, topdown=False):
    print(top, sorted(dirs), sorted(files))
print(list(os.walk(D + '/nothing')))

st = os.stat(D + '/sub/b.txt')
print(st.st_size, st[6], oct(st.st_mode & 0o170000), isinstance(st, tuple))
print(oct(os.stat(D).st_mode & 0o170000))
print(os.path.getsize(D + '/a.txt'))
try:
    os.stat(D + '/zzz')
except FileNotFoundError as e:
    print('FileNotFoundError', e)

here = os.getcwd()
os.chdir(D)
print(os.path.basename(os.getcwd()), sorted(os.listdir()))
with open('a.txt') as f:
    print(f.read())
try:
    os.chdir('a.txt')
except NotADirectoryError as e:
    print('NotADirectoryError', e)
os.chdir('..')
print(os.getcwd() == here)

with os.scandir(D) as it:
    print(sorted((e.name, e.is_dir(), e.is_file()) for e in it))

for top, dirs, files in os.walk(D, topdown=False):
    for n in files:
        os.remove(os.path.join(top, n))
    os.rmdir(top)
print(os.path.exists(D))
