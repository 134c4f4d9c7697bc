# less common sys functions and attributes
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(sys.get_asyncgen_hooks(), sys.get_asyncgen_hooks().firstiter, len(sys.get_asyncgen_hooks()))
sys.set_asyncgen_hooks(finalizer=len)
print(sys.get_asyncgen_hooks().finalizer is len)
sys.set_asyncgen_hooks(None, None)
t(lambda: sys.set_asyncgen_hooks(firstiter=5))
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(3)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(0)
t(lambda: sys.set_coroutine_origin_tracking_depth(-1))
print(sys.getswitchinterval())
sys.setswitchinterval(0.25)
print(sys.getswitchinterval())
t(lambda: sys.setswitchinterval(0))
t(lambda: sys.setswitchinterval('x'))
print(sys.call_tracing(pow, (2, 10)))
t(lambda: sys.call_tracing(pow, [2, 10]))
print(type(sys.getallocatedblocks()).__name__, sys.is_finalizing(), sys.gettrace(), sys.getprofile())
print(type(sys.abiflags).__name__, sys.pycache_prefix, isinstance(sys.stdlib_module_names, frozenset))
print('os' in sys.stdlib_module_names, 'json' in sys.stdlib_module_names, 'numpy' in sys.stdlib_module_names)
print(type(sys.thread_info).__name__, len(sys.thread_info))
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits())
t(lambda: sys.set_int_max_str_digits(5))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(4300)
t(lambda: str(10 ** 5000))
class U:
    def __repr__(self):
        return '<U>'
