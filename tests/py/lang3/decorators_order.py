# decorators: evaluation and application order, arguments, on classes and methods
order = []
def dec(name):
    order.append('make ' + name)
    def apply(f):
        order.append('apply ' + name)
        f.tags = getattr(f, 'tags', []) + [name]
        return f
    return apply
@dec('a')
@dec('b')
def f(): pass
print(order, f.tags)
def counting(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
@counting
def add(a, b=1): return a + b
print(add(1), add(2, b=3), add.calls)
class C:
    @property
    def p(self): return 'prop'
    @p.setter
    def p(self, v): print('set', v)
    @staticmethod
    @counting
    def s(): return 'static'
    @classmethod
    def c(cls): return cls.__name__
c = C(); c.p = 5
print(c.p, C.s(), C.c(), c.c())
@dec('cls')
class K: pass
print(K.tags)
registry = {}
def register(key):
    def deco(f):
        registry[key] = f
        return f
    return deco
@register('x')
def handler(): return 'handled'
print(registry['x']())
@(lambda f: f)
def ident(): return 'any expression as decorator'
print(ident())
@[dec('in list')][0]
def g(): pass
print(g.tags)
def returns_none(f): return None
@returns_none
def gone(): pass
print(gone)
