# Global and builtin names seen from functions while they change.
def get_x():
    return x

def get_len():
    return len([1, 2])

x = 1
print(get_x())
x = 2
print(get_x())
del x
try:
    get_x()
except NameError as e:
    print('NameError', e)
x = 3
print(get_x(), get_len())

len = lambda s: 'shadowed'
print(get_len())
del len
print(get_len())

import builtins
builtins.my_builtin = 'b1'
def get_b():
    return my_builtin
print(get_b())
builtins.my_builtin = 'b2'
print(get_b())
my_builtin = 'global wins'
print(get_b())
del my_builtin
print(get_b())
del builtins.my_builtin
try:
    get_b()
except NameError as e:
    print('NameError', e)

for i in range(3):
    ns = {}
    exec(f"v = {i}\ndef f():\n    return v\n", ns)
    print(ns['f']())

g = {'__builtins__': {'len': lambda s: 42}}
exec("def h():\n    return len('abc')\n", g)
print(g['h']())
