# sys attributes: version_info, flags, float/int/hash info, limits
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11), len(sys.version_info))
print(type(sys.version), sys.version.startswith('3.11'), sys.hexversion >> 16 == 0x30b)
print(sys.byteorder, sys.maxsize, sys.maxunicode)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig,
      sys.float_info.mant_dig, sys.float_info.radix, sys.float_info.rounds)
print(sys.float_info)
print(sys.int_info.bits_per_digit in (15, 30), sys.int_info.default_max_str_digits)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), type(sys.flags).__name__)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.getrecursionlimit() > 0)
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
t(lambda: sys.setrecursionlimit(0))
t(lambda: sys.setrecursionlimit(-5))
t(lambda: sys.setrecursionlimit('x'))
t(lambda: sys.getsizeof(1) > 0)
t(lambda: sys.getsizeof([]) < sys.getsizeof([1, 2, 3]))
t(lambda: sys.getsizeof('x', 5))
print(sys.intern('abc') == 'abc', sys.intern('xy' * 2) is sys.intern('xyxy'))
t(lambda: sys.intern(5))
print(isinstance(sys.argv, list), isinstance(sys.path, list), 'sys' in sys.modules, sys.modules['sys'] is sys)
print(isinstance(sys.executable, str), isinstance(sys.platform, str), isinstance(sys.builtin_module_names, tuple))
print(callable(sys.displayhook), callable(sys.excepthook), sys.__displayhook__ is not None)
print(hasattr(sys, 'implementation'), isinstance(sys.implementation.name, str))
print(sys.implementation.version[:2] if hasattr(sys.implementation, 'version') else '')
