try:
    import nonexistent_mod_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    import sys.nope
except ImportError as e:
    print(type(e).__name__, e)
import sys as s2, sys
print(s2 is sys)
def local_import():
    import sys
    from sys import modules as m
    return m is sys.modules
print(local_import(), 'sys' in dir())
