import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print("TypeError", e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(4300)
for bad in [5, 640, -1]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError", e)
s = "".join(["ab", "c"])
print(sys.intern(s) is sys.intern("abc"), sys.intern("x"))
try:
    sys.intern(1)
except TypeError as e:
    print("TypeError", e)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, tb is e.__traceback__, sys.exception() is e)
print(sys.exc_info(), sys.exception())
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code)
print(type(sys.getsizeof(1)).__name__, sys.getsizeof([]) > 0)
sys.displayhook(None)
sys.displayhook(42)
import builtins
print(builtins._)
sys.displayhook("s")
print(sys.__displayhook__ is sys.displayhook, callable(sys.excepthook), sys.__excepthook__ is sys.excepthook)
