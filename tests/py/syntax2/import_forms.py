# Import statement forms, relative imports inside a package written to a
# temporary directory, and their errors.
import os, sys, tempfile
root = tempfile.mkdtemp()
pkg = os.path.join(root, 'pkgx')
os.makedirs(os.path.join(pkg, 'sub'))
files = {
    '__init__.py': "NAME = 'pkgx'\n",
    'mod_a.py': "A = 1\ndef fa(): return 'fa'\n",
    'sub/__init__.py': "from .. import mod_a\nfrom ..mod_a import A as AA\nfrom . import leaf\n",
    'sub/leaf.py': "from ..mod_a import fa\nfrom .. import NAME\nfrom ... import nothing\n" ,
}
files['sub/leaf.py'] = "from ..mod_a import fa\nfrom .. import NAME\nVALUE = fa() + NAME\n"
files['sub/star.py'] = "from ..mod_a import *\n"
files['sub/toohigh.py'] = "from ... import x\n"
for name, text in files.items():
    with open(os.path.join(pkg, name), 'w') as f:
        f.write(text)
sys.path.insert(0, root)
import pkgx.sub
print(pkgx.sub.mod_a.A, pkgx.sub.AA, pkgx.sub.leaf.VALUE)
import pkgx.sub.leaf as lf
print(lf.__name__, lf.__package__)
from pkgx.sub import leaf, star
print(leaf is lf, star.A, star.fa())
from pkgx import (mod_a,
                  NAME as N,)
print(mod_a.A, N)
import pkgx.mod_a, pkgx
print(pkgx.mod_a is mod_a)
try:
    import pkgx.sub.toohigh
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pkgx import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
try:
    exec("from . import x", {'__name__': 'm', '__package__': None})
except ImportError as e:
    print(type(e).__name__, e)
def f():
    from os import path as p, sep
    import os.path as op
    return p is op, sep
print(f())
for src in ["import", "from x import", "import a.b as", "from x import *, y", "from x import (*)", "def f():\n from x import *",
            "import a as b.c", "from . import *", "from .a import (b, c,)", "from .. a import b", "import a, b as c, d.e",
            "from x import a as b, c as", "from x import (a, b", "import (a)", "from x import a,"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_offset)
import shutil
shutil.rmtree(root)
