import sys
import sys as system
from sys import maxsize as m, version_info
print(system is sys, m == sys.maxsize, version_info[0])
def local_import():
    import sys as s
    from sys import maxsize
    return s.maxsize == maxsize
print(local_import())
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__)
