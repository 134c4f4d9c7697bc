# glob and fnmatch with bytes patterns, root_dir, hidden files, mixing errors
import glob, fnmatch, os, tempfile, shutil

d = tempfile.mkdtemp()
for name in ['a.txt', 'b.txt', 'c.py', '.hidden.txt']:
    open(os.path.join(d, name), 'w').close()
os.mkdir(os.path.join(d, 'sub'))
open(os.path.join(d, 'sub', 'd.txt'), 'w').close()

rel = lambda ps: sorted(os.path.relpath(p, d) for p in ps)
print(rel(glob.glob(os.path.join(d, '*.txt'))))
print(sorted(glob.glob('*.txt', root_dir=d)))
print(sorted(glob.glob('*.txt', root_dir=d, include_hidden=True)))
print(sorted(glob.glob(b'*.txt', root_dir=d.encode())))
print(sorted(glob.glob('**/*.txt', root_dir=d, recursive=True)))
print(sorted(glob.glob('*/', root_dir=d)))
old = os.getcwd()
os.chdir(d)
print(sorted(glob.glob(b'*.py')), sorted(glob.glob('[ab].*')), glob.glob('nothing*'))
os.chdir(old)
print(glob.escape('a[b]*?'), glob.escape(b'x*'), glob.has_magic('a*'), glob.has_magic(b'abc'))

print(fnmatch.fnmatch(b'abc.py', b'*.py'), fnmatch.fnmatchcase(b'A', b'a'))
print(fnmatch.filter([b'Python', b'Ruby', b'Perl'], b'P*'))
print(fnmatch.filter(['x1', 'y2', 'x3'], 'x[0-9]'), fnmatch.fnmatch('a\nb', 'a?b'))
for args in [('a', b'a'), (b'a', 'a')]:
    try:
        fnmatch.fnmatch(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    fnmatch.filter([b'a'], 'a')
except TypeError as e:
    print('TypeError', e)
shutil.rmtree(d)
