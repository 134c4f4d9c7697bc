class A:
    def __call__(self, *a, **k): return ('called', a, k)
print(A()(1, x=2), callable(A()), callable(A), callable(1))
class B: pass
try:
    B()()
except TypeError as e:
    print(e)
class CM:
    def __enter__(self): print('enter'); return 'val'
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None, v)
        return True
with CM() as v:
    print(v)
    raise ValueError('x')
print('after')
class CM2:
    def __enter__(self): return self
    def __exit__(self, *a): return False
try:
    with CM2():
        raise KeyError('k')
except KeyError as e:
    print('propagated', e)
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
class Inst:
    pass
i = Inst()
i.__call__ = lambda: 'inst'
try:
    i()
except TypeError as e:
    print(e)
class Meta(type):
    def __call__(cls, *a):
        print('Meta.__call__', a)
        return super().__call__()
class M(metaclass=Meta): pass
print(type(M(1, 2)).__name__)
