exec(compile('1 + 1', '<s>', 'single'))
exec(compile('x = 5\nx', '<s>', 'exec'))
exec(compile('None', '<s>', 'single'))
exec(compile('"str"', '<s>', 'single'))
ns = {}
exec(compile('for i in range(2): i\n', '<s>', 'single'), ns)
exec(compile('if 1:\n  7\n', '<s>', 'single'))
try:
    compile('1\n2', '<s>', 'single')
except SyntaxError as e:
    print(e.msg)
loc = {'a': 10}
print(eval('(lambda: a)()', {'a': 'global a'}, loc))
print(eval('[a for _ in range(1)]', {'a': 'global a'}, loc))
def f():
    y = 3
    return eval('lambda: y')()
try:
    print(f())
except NameError as e:
    print(e)
g = {'__builtins__': {}}
try:
    eval('len([])', g)
except NameError as e:
    print(e)
print(eval('1', {'__builtins__': {'len': len}}))
c = compile('a + b', 'f', 'eval')
print(c.co_names, c.co_filename, c.co_name)
print(eval(c, {'a': 1, 'b': 2}))
exec('def h(): return q', ns)
ns['q'] = 'late binding'
print(ns['h']())
class Loc(dict):
    def __getitem__(self, k):
        if k == 'magic': return 42
        return super().__getitem__(k)
print(eval('magic', {}, Loc()))
exec('zz = magic + 1', {}, l2 := Loc())
print(l2['zz'])
