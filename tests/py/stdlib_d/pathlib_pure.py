from pathlib import PurePath, PurePosixPath, Path
cases = ['', '.', '..', '/', '//', '///', 'a', 'a/', 'a/b', '/a/b/', 'a/../b', './a/./b', '~/x', 'a.tar.gz', '.bashrc', 'no_ext.', '..hidden.txt']
for c in cases:
    p = PurePath(c)
    print(repr(c), str(p), p.parts, repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), str(p.parent), p.is_absolute())
print(PurePath('a') / 'b' / '..' / 'c', PurePath('/etc') / 'passwd', PurePath('x').joinpath('y', 'z'), PurePath('a/b').relative_to('a'), PurePath('/a/b').relative_to('/'))
print(PurePath('a/b.py').match('*.py'), PurePath('a/b.py').match('a/*.py'), PurePath('a/b.py').match('/a/*.py'), PurePath('/a/b.py').match('/a/*.py'), PurePath('b.PY').match('*.py'))
print(PurePath('a') == PurePosixPath('a'), PurePath('a') != 'a', PurePath('a') in {PurePath('a')}, sorted([PurePath('/b'), PurePath('a'), PurePath('/a')]))
try:
    PurePath('a') < 'b'
except TypeError as e:
    print('TypeError')
print(list(PurePath('/a/b/c').parents), PurePath('a/b').parents[1], PurePath('/x/y').parents[-1], PurePath('/x').parents[0], list(PurePath('rel').parents))
try:
    PurePath('/a').parents[5]
except IndexError as e:
    print('IndexError', e)
print(PurePath('f.txt').with_suffix('.md'), PurePath('f').with_suffix('.md'), PurePath('a/f.txt').with_name('g'), PurePath('x.y.z').with_stem('w'))
print(bytes(PurePath('/b')), PurePath('/a/b').as_posix(), PurePath('a\\b').name, type(Path('x')).__name__)
