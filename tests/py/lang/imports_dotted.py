import _dotpkg.sub
print(type(_dotpkg).__name__, type(_dotpkg.sub).__name__, _dotpkg.sub.VALUE)
import _dotpkg.sub as sp
print(sp is _dotpkg.sub)
from _dotpkg import sub as s2
print(s2 is sp)
from _dotpkg.sub import VALUE, NAME
print(VALUE, NAME, _dotpkg.__name__, sp.__name__, sp.__package__)
import sys
print("_dotpkg.sub" in sys.modules)
