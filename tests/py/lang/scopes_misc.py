# class bodies do not enclose methods; comprehensions in class bodies
x = "module"
class C:
    x = "class"
    def m(self):
        return x
    lst = [x for _ in range(1)]
    gen_first = [y for y in [x]]
print(C().m(), C.lst, C.gen_first)
def f():
    x = "func"
    class D:
        x = "class"
        def m(self):
            return x
        y = x
    return D().m(), D.y
print(f())
def g():
    a = 1
    class E:
        b = a
        a = 2
        c = a
    return E.b, E.c
print(g())
def locals_order(p, q):
    r = 3
    def inner():
        return p + r
    s = 4
    return sorted(locals())
print(locals_order(1, 2))
def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)
print(recursive(10))
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get())
def shadowing_param(x):
    def inner():
        return x * 2
    x = x + 1
    return inner()
print(shadowing_param(10))
class Outer:
    class Inner:
        def m(self):
            pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer().method().__qualname__)
def gen_scope():
    n = 3
    return list((lambda: i * n)() for i in range(n))
print(gen_scope())
try:
    class Bad:
        z = [w for w in range(3)]
        zz = [z for _ in range(1)]
except NameError as e:
    print("NameError", e)
print(type(lambda: 1).__name__, (lambda: 1).__code__.co_name)
def del_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(del_local())
