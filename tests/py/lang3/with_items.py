# with: several items, exit order, suppression, exceptions in __enter__/__exit__
class CM:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name, self.suppress, self.fail_enter = name, suppress, fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError('enter ' + self.name)
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.suppress
with CM('a') as a, CM('b') as b:
    print('body', a, b)
with CM('outer', suppress=True), CM('inner'):
    raise ValueError('x')
print('after suppressed')
try:
    with CM('ok'), CM('bad', fail_enter=True):
        print('not reached')
except RuntimeError as e:
    print('caught', e)
def ret():
    with CM('r'):
        return 'returned'
print(ret())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError('from exit')
try:
    with ExitRaises():
        raise ValueError('body')
except KeyError as e:
    print('exit raised', repr(e), repr(e.__context__))
with CM('t') as (x):
    print(x)
with CM('u') as [p, q, *r]:
    print(p, q, r)
