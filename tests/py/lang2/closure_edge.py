def f():
    x = 1
    def g():
        return [x + i for i in range(2)]
    return g()
print(f())
def h():
    y = 0
    def inc():
        nonlocal y
        y = [y + i for i in range(3)][-1]
    inc(); inc()
    return y
print(h())
def k():
    funcs = {}
    for name in ('a', 'b'):
        def fn(name=name): return name
        funcs[name] = fn
    return funcs['a'](), funcs['b']()
print(k())
def cell_class():
    v = 'outer v'
    class C:
        v = 'class v'
        def m(self): return v
    return C().m(), C.v
print(cell_class())
def gen_closure():
    total = 0
    def g():
        nonlocal total
        for i in range(3):
            total += i
            yield total
    return list(g()), total
print(gen_closure())
def self_ref():
    def fact(n): return 1 if n < 2 else n * fact(n - 1)
    return fact(5)
print(self_ref())
def arg_shadow(x):
    def g(x=x * 2): return x
    return g(), g(1)
print(arg_shadow(5))
def class_in_func():
    a = 1
    class C:
        a = 2
        b = [a for _ in range(1)]
        def m(self): return a
    return C.b, C().m()
print(class_in_func())
def reassign_after():
    fs = []
    x = 1
    fs.append(lambda: x)
    x = 2
    return fs[0]()
print(reassign_after())
