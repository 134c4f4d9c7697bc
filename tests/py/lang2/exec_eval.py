print(eval('1 + 2'), eval('x * 2', {'x': 21}), eval('y', {}, {'y': 'local'}))
g = {}
exec('a = 5\ndef f(): return a * 2', g)
print(g['a'], g['f'](), '__builtins__' in g)
ns = {'v': 1}
exec('v += 1', ns)
print(ns['v'])
loc = {}
exec('z = 3', {}, loc)
print(loc)
code = compile('p = 7', '<str>', 'exec')
d = {}
exec(code, d)
print(d['p'], type(code).__name__)
e = compile('3 * 4', '<expr>', 'eval')
print(eval(e))
s = compile('print("single")', '<s>', 'single')
exec(s)
try:
    eval('1 +')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval('undefined_zz')
except NameError as e:
    print(type(e).__name__, e)
try:
    compile('x', '<f>', 'bad')
except ValueError as e:
    print(type(e).__name__, e)
print(eval('[i for i in range(3)]'))
def scope():
    q = 10
    return eval('q + 1')
print(scope())
def scope2():
    w = 2
    exec('w = 99')
    return w
print(scope2())
print(eval('__name__'), eval('__name__', {'__name__': 'custom'}))
exec('import sys as _s; r = _s is not None', g)
print(g['r'])
print(eval('  1 + 1  '), eval('\n2\n'.strip()))
print(eval(b'5 + 5'))
exec('''
class K:
    x = 1
    def m(self): return self.x
r2 = K().m()
''', g)
print(g['r2'])
try:
    exec('return 5')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval('x = 1')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
