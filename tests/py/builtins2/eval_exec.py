# eval/exec/compile with namespaces, globals(), locals()
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: eval('1 + 2'))
t(lambda: eval('x * 2', {'x': 21}))
t(lambda: eval('x + y', {'x': 1}, {'y': 2}))
t(lambda: eval('__builtins__ is not None', {}))
t(lambda: eval('1 +'))
t(lambda: eval(5))
t(lambda: eval('x', []))
t(lambda: eval('x', {}, 5))
t(lambda: eval(b'3 * 3'))
t(lambda: eval('  7'))
ns = {}
exec('a = 1\ndef f():\n    return a + 1\n', ns)
print(ns['a'], ns['f']())
t(lambda: exec('raise ValueError("inner")'))
t(lambda: exec('return 1'))
code = compile('x = 5\ny = x * 2', '<s>', 'exec')
g = {}
exec(code, g)
print(g['y'], type(code).__name__, code.co_filename)
t(lambda: compile('1', '<s>', 'bogus'))
t(lambda: compile('1 +', '<s>', 'eval'))
e = compile('2 ** 10', '<e>', 'eval')
print(eval(e))
s = compile('1 + 1', '<i>', 'single')
exec(s)
def f():
    local_var = 3
    return sorted(locals()), 'f' in globals()
print(f())
class C:
    z = 1
    names = sorted(locals())
print(C.names)
t(lambda: exec('x = 1', {}, []))
print(eval('[i for i in range(3)]'), eval('(lambda: q)()', {'q': 9}))
