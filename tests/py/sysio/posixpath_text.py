# os.path on str paths: the textual operations CPython's posixpath defines
import os, os.path as P

for p in ['', '/', '//', '///', 'a', '/a', 'a/', 'a/b', '/a/b/', '//a//b//', '.', '..', 'a/../..']:
    print(repr(p), P.split(p), P.basename(p), repr(P.dirname(p)), P.normpath(p))
for p in ['a.b', 'a.b.c', '.a', '..a', 'a.', '/x.y/z', 'a/b.c/', '...', 'a/..b']:
    print(repr(p), P.splitext(p))
print(P.join('', 'a'), P.join('a', ''), P.join('/', 'a'), P.join('a', '/b', 'c'))
print(P.commonprefix(['interspecies', 'interstellar', 'interstate']))
print(P.commonprefix([]), P.commonprefix([['a', 'b'], ['a', 'c']]))
print(P.commonpath(['/usr/lib', '/usr/local/lib']), P.commonpath(['a/b', 'a/./c']))
print(P.relpath('/a/b', '/a/b'), P.relpath('/a', '/a/b/c'), P.relpath('/x/y', '/a'))
print(P.normcase('AbC'), P.splitdrive('/a/b'), P.ismount('/'), P.islink('/'))
print(P.abspath('/a/../b'), P.realpath('/a/./b'), P.isabs(''), P.sep, P.extsep, P.pathsep)
class PL:
    def __fspath__(self):
        return '/pl/x.py'
print(P.basename(PL()), P.splitext(PL()), P.join(PL(), 'y'), P.exists(PL()))
print(P.exists(''), P.isdir(''), P.isfile('\0bad'), P.exists('/a\0b'))
