class CM:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print('exit args', et, repr(ev), tb is not None)
        return isinstance(ev, KeyError)
with CM():
    raise KeyError('suppressed')
try:
    with CM():
        raise ValueError('not suppressed')
except ValueError as e:
    print('propagated', e)
def in_func():
    with CM():
        return 'returned through with'
print(in_func())
class Truthy:
    def __enter__(self): return 1
    def __exit__(self, *a): return 'yes'
with Truthy():
    1 / 0
print('suppressed by truthy')
class Order:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter', self.n); return self
    def __exit__(self, *a): print('exit', self.n)
with Order(1), Order(2), Order(3):
    print('body')
def gen():
    with Order('g'):
        yield 1
        yield 2
for v in gen(): print(v)
class EnterFails:
    def __enter__(self): raise RuntimeError('enter failed')
    def __exit__(self, *a): print('should not run')
try:
    with EnterFails(): print('no body')
except RuntimeError as e:
    print(e)
import sys
class SeesExc:
    def __enter__(self): return self
    def __exit__(self, *a):
        print('exc_info in exit:', sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
try:
    with SeesExc():
        raise TypeError
except TypeError:
    pass
