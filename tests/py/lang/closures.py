def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return n, inc
n, inc = outer()
print(n, inc(), inc.__code__.co_freevars, outer.__code__.co_cellvars)
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
a, b = make_adders()
print([f(10) for f in a], [f(10) for f in b])
def cell_arg(x):
    def get():
        return x
    x += 1
    return get
print(cell_arg(1)())
def nested3():
    a = 1
    def l1():
        def l2():
            return a
        return l2
    return l1()()
print(nested3())
x = "global"
def shadow():
    x = "local"
    def inner():
        global x
        return x
    return inner()
print(shadow())
def unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
unbound()
def lateb():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(lateb())
def delcell():
    v = 1
    def g():
        return v
    del v
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
delcell()
def loc():
    try:
        print(z)
        z = 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
loc()
