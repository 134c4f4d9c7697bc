# exec/eval/compile with globals and locals mappings
g = {'a': 1}
exec('b = a + 1', g); print(g['b'], '__builtins__' in g)
l = {}
exec('c = 5\ndef f(): return c', g, l); print(l['c'], sorted(l))
try: l['f']()
except NameError as e: print(e)
print(eval('a * 10', g), eval('x', {}, {'x': 3}))
code = compile('1 + 2', 'f', 'eval'); print(eval(code), code.co_filename)
try: eval('import os')
except SyntaxError as e: print(e.msg)
try: compile('x', 'f', 'bad')
except ValueError as e: print(e)
print(eval('[i for i in range(3)]'))
def loc():
    x = 1
    return locals()
print(loc())
def loc2():
    x = 1
    exec('x = 2')
    return x
print(loc2())
class K:
    exec('y = 3')
print(K.y)
s = compile('for i in range(2): print(i)', 's', 'single') if False else compile('print(1)\n', 's', 'single')
exec(s)
exec(compile('5', 's', 'single'))
print(eval('  1'))
try: eval('1\n2')
except SyntaxError as e: print(e.msg)
print(eval(b'7'), exec('z=1') is None)
ns = {}
exec('from math import *', ns); print('sqrt' in ns)
try:
    exec("raise ValueError('in exec')")
except ValueError as e: print(e)
gl = {}
exec("def g(): return h()\ndef h(): return 'h'", gl)
print(gl['g']())
print(eval("__name__"), eval("__name__", {}))
try: eval("(lambda: y)()", {}, {'y': 1})
except NameError as e: print(e)
exec("global q\nq = 9"); print(q)
print(eval('dir()', {'z': 1}))
import builtins
print(eval('len', {'__builtins__': {'len': 'fake'}}))
try: exec('print(1)', {'__builtins__': {}})
except NameError as e: print(e)
print(eval(compile('x=1', 'f', 'exec'), {}) )
m = {}
class Mp(dict):
    def __getitem__(self, k):
        if k == 'magic': return 42
        return super().__getitem__(k)
print(eval('magic', {}, Mp()))
exec('r = magic + 1', {}, mp := Mp()); print(mp['r'])
