import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 8))
print(sys.version_info < (4,), sys.version_info.releaselevel, len(sys.version_info), type(sys.version_info).__name__)
print(isinstance(sys.version_info, tuple), tuple(sys.version_info)[:2])
print(sys.version.startswith("3.11"), type(sys.version).__name__, sys.hexversion >> 16 == 0x030b)
print(sys.byteorder, sys.maxunicode, sys.maxsize in (2**63 - 1, 2**31 - 1), sys.maxsize == 2**63 - 1)
print(repr(sys.float_info))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[0] == sys.float_info.max)
print(sys.int_info.bits_per_digit in (15, 30), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(sys.hash_info.width, sys.hash_info.modulus == 2**61 - 1, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.debug, sys.flags.int_max_str_digits)
print(type(sys.implementation.name).__name__, sys.implementation.version[:2] == (3, 11) or True)
print(type(sys.argv).__name__, type(sys.argv[0]).__name__, type(sys.path).__name__)
print(sys.modules["sys"] is sys, "builtins" in sys.modules, type(sys.modules).__name__)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(isinstance(sys.platform, str), isinstance(sys.executable, str), sys.dont_write_bytecode in (True, False))
try:
    type(sys.version_info)()
except TypeError as e:
    print("TypeError", e)
try:
    sys.version_info.major = 4
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
print(sys.version_info == (3, 11, sys.version_info.micro, "final", 0))
import builtins
print(sys.modules["builtins"] is builtins)
