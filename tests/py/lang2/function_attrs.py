def f(a, b, /, c, *, d, **kw): pass
print(f.__code__.co_varnames, f.__code__.co_nlocals, f.__code__.co_name, f.__code__.co_filename.endswith('b3.py'))
print(f.__name__, f.__qualname__, f.__module__, f.__defaults__, f.__doc__, type(f.__globals__).__name__)
def g(x, *args, y=1, **kwargs):
    "doc"
    z = 1
    return z
print(g.__code__.co_argcount, g.__code__.co_kwonlyargcount, g.__code__.co_flags & 0x0C, g.__doc__)
print(g.__code__.co_varnames)
g.__name__ = 'renamed'; print(g.__name__, g.__qualname__)
g.attr = 'fn attr'; print(g.attr, g.__dict__)
def gen(): yield
async def co(): pass
print(gen.__code__.co_flags & 0x20 != 0, co.__code__.co_flags & 0x80 != 0)
print((lambda: 0).__code__.co_name, (lambda: 0).__name__)
print(repr(f)[:12], callable(f))
def kwdef(*, a=1, b): pass
print(kwdef.__kwdefaults__)
def clo():
    v = 1
    def inner(): return v
    return inner
print(clo().__closure__[0].cell_contents, clo.__code__.co_cellvars, clo().__code__.co_freevars)
print(f.__code__.co_consts if False else 'skip', type(f.__code__).__name__)
