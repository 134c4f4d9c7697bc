class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name); return self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.swallow
with CM('a') as x:
    print('body', x)
with CM('a') as x, CM('b') as y:
    print('body', x, y)
with CM('s', True):
    raise ValueError('boom')
print('after swallow')
try:
    with CM('n'):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
def f():
    with CM('r'):
        return 'returned'
print(f())
for i in range(3):
    with CM(i):
        if i == 0: continue
        if i == 1: break
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter(): pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit(): pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
with (CM('p1') as p, CM('p2')):
    print('paren', p)
class Target:
    pass
t = Target()
with CM('attr') as t.val:
    pass
print(t.val)
with CM('tup') as (a, b, *c):
    print(a, b, c)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError('from exit')
try:
    with ExitRaises():
        raise ValueError('inner')
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
