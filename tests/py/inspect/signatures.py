import inspect
import functools

def f(a, b=1, /, c=2, *args, d, e=3, **kw): pass
def g(x: int, y: 'str' = 'hi') -> bool: pass
def h(): pass
class C:
    def m(self, p, q=5): pass
    @classmethod
    def cm(cls, z): pass
    @staticmethod
    def sm(w, *, k): pass
    def __call__(self, n): pass
class D:
    def __init__(self, a, b=2): pass

for obj in [f, g, h, C().m, C.m, C.cm, C.sm, C(), D, functools.partial(f, 10, d=4), lambda *a, **k: 0]:
    sig = inspect.signature(obj)
    print(sig, [(p.name, str(p.kind), p.default is p.empty) for p in sig.parameters.values()])
sig = inspect.signature(f)
ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba.arguments, ba.args, ba.kwargs)
ba = sig.bind(1, d=2)
ba.apply_defaults()
print(ba.arguments)
for args, kwargs in [((), {}), ((1,), {}), ((1,), {'a': 2, 'd': 1}), ((1, 2, 3), {'c': 1, 'd': 1})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)
print(inspect.signature(g).return_annotation, inspect.signature(g).parameters['y'])
p = inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=3)
print(p, repr(p), p.kind, p.kind.description, p.replace(name='y'))
print(inspect.Signature([p]), inspect.Signature())
try:
    inspect.Parameter('1x', inspect.Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print('ValueError', e)
print(inspect.getfullargspec(f))
print(inspect.getcallargs(f, 1, d=5))

@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)
print(inspect.signature(wrapper), inspect.unwrap(wrapper) is f)
