# os.PathLike as an abstract class, os.fspath, os.fsencode/fsdecode
import os, pathlib

class P:
    def __fspath__(self):
        return 'p'

class N:
    __fspath__ = None

print(isinstance(P(), os.PathLike), issubclass(P, os.PathLike))
print(isinstance('x', os.PathLike), isinstance(N(), os.PathLike))
print(isinstance(pathlib.PurePath('a'), os.PathLike))
try:
    os.PathLike()
except TypeError as e:
    print('TypeError', 'abstract' in str(e))
print(os.fspath(P()), os.fspath(b'x'), os.fspath('y'))
for bad in [1, None, N()]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print('TypeError', e)
class Bad:
    def __fspath__(self):
        return 1
try:
    os.fspath(Bad())
except TypeError as e:
    print('TypeError', e)
print(os.fsencode("a\udcff"), ascii(os.fsdecode(b"a\xff")), os.fsencode(P()))
print(os.PathLike[str])
