# function attributes: names, defaults, kwdefaults, annotations, dict, code
def f(a, b: int = 1, *args: str, c, d: 'D' = 4, **kw) -> bool:
    "doc string"
    return True
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__, f.__annotations__)
co = f.__code__
print(co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames[:6])
print(bool(co.co_flags & 4), bool(co.co_flags & 8), co.co_name, co.co_firstlineno)
f.__defaults__ = (10,)
print(f.__defaults__)
f.__kwdefaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
f.custom = 'attr'
print(f.__dict__, f.custom)
f.__name__ = 'renamed'
f.__qualname__ = 'Q.renamed'
print(f.__name__, f.__qualname__, repr(f).split(' at ')[0])
try:
    f.__name__ = 5
except TypeError as e:
    print(e)
def nodoc(): pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc.__annotations__)
def g():
    def h(): pass
    return h
print(g().__qualname__, g.__code__.co_consts[1].co_name if len(g.__code__.co_consts) > 1 else '')
print(type(f.__globals__).__name__, f.__globals__ is globals(), f.__closure__)
def gen(): yield
print(bool(gen.__code__.co_flags & 0x20))
async def coro(): pass
print(bool(coro.__code__.co_flags & 0x80))
print(callable(f), f.__call__ is not None)
def k(*, only): return only
print(k.__kwdefaults__, k.__code__.co_kwonlyargcount)
