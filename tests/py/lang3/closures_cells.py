# closures share cells; __closure__ and cell_contents; late binding
def make():
    x = 1
    def get(): return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g, s = make()
print(g(), s(5), g())
print(type(g.__closure__[0]).__name__, g.__closure__[0].cell_contents, g.__code__.co_freevars)
print(make.__code__.co_cellvars, make.__closure__)
def unbound_cell():
    def inner(): return z
    try:
        inner()
    except NameError as e:
        print(e)
    z = 1
    return inner()
print(unbound_cell())
def empty_cell():
    def f(): return w
    c = f.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print(e)
    w = 2
    return c.cell_contents
print(empty_cell())
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
a, b = counter(), counter()
print(a(), a(), b())
def arg_cell(v):
    def read(): return v
    v += 1
    return read()
print(arg_cell(1))
def loop_cells():
    fs = []
    for i in range(3):
        def f(i=i): return i
        fs.append(f)
    gs = [lambda: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(loop_cells())
class K:
    def method(self):
        return __class__
print(K().method() is K)
def deco(fn):
    def wrapper(*a, **k):
        return ('wrapped', fn(*a, **k))
    wrapper.__wrapped__ = fn
    return wrapper
@deco
@deco
def base(x): return x
print(base(1), base.__name__, base.__wrapped__.__name__)
def outer_del():
    v = 1
    def r(): return v
    del v
    try:
        r()
    except NameError as e:
        return str(e)
print(outer_del())
