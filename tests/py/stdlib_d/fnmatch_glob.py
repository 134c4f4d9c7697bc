import fnmatch, glob, os, tempfile, shutil
B = tempfile.mkdtemp()
def rel(paths): return sorted(p.replace(B, 'B') for p in paths)
print(fnmatch.fnmatch('a.py', '*.py'), fnmatch.fnmatch('a.PY', '*.py'), fnmatch.fnmatchcase('abc', 'a?c'), fnmatch.fnmatchcase('abc', 'a[!b]c'), fnmatch.fnmatchcase('a-c', 'a[a-]c'), fnmatch.fnmatchcase('[x', '[x'), fnmatch.fnmatchcase('axxbyyc', 'a*b*c'), fnmatch.fnmatchcase('ab', 'a*b*c'), fnmatch.fnmatchcase('', '*'), fnmatch.fnmatchcase('a]', 'a[]]'))
print(fnmatch.filter(['x.py', 'y.txt', 'z.py', '.h.py'], '*.py'))
for p in ['*.py', 'a?c', '[!abc]x', '[a-z]*', 'a*b*c', '[]]', '[!]', 'x[', 'a.b(c)', '*', '**', 'a[\\]b']:
    print(p, fnmatch.translate(p))
os.makedirs(B + '/sub/deep', exist_ok=True)
for f in ['a.txt', 'b.txt', 'c.py', '.hidden.txt', 'sub/d.txt', 'sub/deep/e.txt']:
    open(B + '/' + f, 'w').close()
print(rel(glob.glob(B + '/*.txt')), rel(glob.glob(B + '/*')), rel(glob.glob(B + '/**/*.txt', recursive=True)))
print(sorted(glob.glob('*.txt', root_dir=B)), rel(glob.glob(B + '/?.py')), rel(glob.glob(B + '/nothing*')), rel(glob.glob(B + '/*/')), rel(glob.glob(B + '/a.txt')), rel(glob.glob(B + '/*.txt', include_hidden=True)))
print(glob.escape('a*b?[c]'), rel(glob.iglob(B + '/s*/*')), rel(glob.glob(B + '/**', recursive=True)))
shutil.rmtree(B)
print(os.path.exists(B))
