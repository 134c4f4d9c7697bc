gv = 1
print('gv' in globals(), globals()['gv'], globals() is globals())
globals()['made'] = 'via globals'
print(made)
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1))
def g():
    x = 1
    def inner():
        return x
    return sorted(locals())
print(g())
class C:
    p = 1
    q = sorted(k for k in locals() if not k.startswith('__'))
print(C.q)
print(locals() is globals())
def h():
    l = locals()
    y = 5
    return 'y' in l, 'y' in locals()
print(h())
print(sorted(k for k in vars() if not k.startswith('_'))[:3])
print(__name__, type(__builtins__).__name__ in ('module', 'dict'))
