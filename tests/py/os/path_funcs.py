# os.path string functions and os constants
import os
import os.path
from os import path

print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep, os.extsep)
print(path is os.path)
for a in [('a', 'b'), ('a/', 'b'), ('/a', '/b', 'c'), ('', 'x'), ('a', '')]:
    print(a, os.path.join(*a))
for p in ['a/b/c.txt', '/x', 'x', '/', '', 'a/b/', '//a//b', '.bashrc', 'a.b.c', 'a/.x.y']:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p),
          os.path.dirname(p), os.path.isabs(p))
for p in ['a/./b/../c', '/../x', '../../a', '.', '', 'a//b/', '//a', '///a', 'a/..']:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/l']))
print(os.path.commonpath(['/usr/lib', '/usr/local/x']))
print(os.path.relpath('a/b/c', 'a/d'))
print(os.path.abspath('x') == os.path.join(os.getcwd(), 'x'))
print(os.path.splitdrive('/a/b'))
print(os.fspath('abc'))

class P:
    def __fspath__(self):
        return 'p/q'

print(os.fspath(P()), os.path.join(P(), 'r'))
try:
    os.fspath(3)
except TypeError as e:
    print('TypeError', e)
print(os.getenv('PIPIT_SURELY_UNSET_VAR'), os.getenv('PIPIT_SURELY_UNSET_VAR', 'dflt'))
print('PIPIT_SURELY_UNSET_VAR' in os.environ)
