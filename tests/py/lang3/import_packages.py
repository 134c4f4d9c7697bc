# import forms on the VFS: packages, relative imports, from-import errors, __all__
import os, sys
base = '/tmp/pipit_lang3_pk'
os.makedirs(base + '/pkg/sub', exist_ok=True)
def write(path, text):
    with open(base + '/' + path, 'w') as f:
        f.write(text)
write('pkg/__init__.py', "from . import mod\nfrom .mod import VALUE as V\nprint('pkg init', __name__, __package__)\n")
write('pkg/mod.py', "VALUE = 5\n__all__ = ['VALUE', 'shown']\nshown = 1\nhidden = 2\nprint('mod', __name__, __package__)\n")
write('pkg/sub/__init__.py', "from .. import mod as m\nfrom ..mod import VALUE\nfrom . import leaf\n")
write('pkg/sub/leaf.py', "from ...pkg import mod\nX = mod.VALUE * 2\n")
write('pkg/sub/cyc_a.py', "from . import cyc_b\nA = 'a'\n")
write('pkg/sub/cyc_b.py', "from . import cyc_a\nB = 'b'\n")
sys.path.insert(0, base)
import pkg.sub
print(pkg.V, pkg.sub.m.VALUE, pkg.sub.leaf.X, pkg.sub.VALUE)
import pkg.sub.leaf as lf
print(lf.X, lf.__name__)
from pkg import sub as s2, mod
print(s2 is pkg.sub, mod.__name__, 'pkg.mod' in sys.modules)
ns = {}
exec('from pkg.mod import *', ns)
print(sorted(k for k in ns if not k.startswith('__')))
try:
    from pkg import nothing
except ImportError as e:
    print(e)
try:
    import pkg.nothing
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    exec('from . import x', {'__name__': 'top', '__package__': ''})
except ImportError as e:
    print(e)
import pkg.sub.cyc_a
print(pkg.sub.cyc_a.A, pkg.sub.cyc_b.B)
print(__import__('pkg.sub', fromlist=['leaf']).__name__, __import__('pkg.sub').__name__)
import pkg.mod as again
print(again is mod)
def local_import():
    import pkg.sub.leaf
    from pkg.mod import VALUE
    return VALUE, 'pkg' in dir()
print(local_import())
