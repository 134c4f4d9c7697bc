# 'single' mode: expression statements echo through sys.displayhook
import sys
code = compile('1 + 1\n', '<single>', 'single')
exec(code)
exec(compile('None\n', '<s>', 'single'))
exec(compile('x = 5\n', '<s>', 'single'))
exec(compile('"text"\n', '<s>', 'single'))
exec(compile('if True:\n    7\n    8\n', '<s>', 'single'))
exec(compile('for i in range(2): i\n', '<s>', 'single'))
seen = []
sys.displayhook = lambda v: seen.append(v)
exec(compile('[1, 2]\n', '<s>', 'single'))
sys.displayhook = sys.__displayhook__
print(seen)
import builtins
exec(compile('42\n', '<s>', 'single'))
print(builtins._)
try:
    compile('1\n2\n', '<s>', 'single')
except SyntaxError as e:
    print(e.msg)
