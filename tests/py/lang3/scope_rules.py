# LEGB, class bodies skipping to globals, comprehension scopes, nonlocal/global
x = 'global'
def outer():
    x = 'enclosing'
    class C:
        x = 'class'
        def m(self): return x
        y = [x for _ in range(1)]
        z = (lambda: x)()
    return C
C = outer()
print(C().m(), C.y, C.z)
def f():
    y = 1
    class D:
        y = 2
        def get(self): return y
        ys = [y for _ in '.']
    return D().get(), D.ys, D.y
print(f())
class E:
    a = 1
    b = [a for _ in range(2)] if False else None
    try:
        c = [a for _ in range(2)]
    except NameError as e:
        c = str(e)
print(E.c)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c())
def g():
    global newglobal
    newglobal = 5
g(); print(newglobal)
def shadow():
    print(len('abc'))
    len = 5
try:
    shadow()
except UnboundLocalError as e:
    print(e)
def comp_leak():
    i = 'outer'
    [i for i in range(3)]
    return i
print(comp_leak())
print([(a, b) for a in range(3) if a for b in range(a)])
print({k: v for k, v in zip('ab', (1, 2))}, {c for c in 'aab'})
def late():
    fs = [lambda: i for i in range(3)]
    return [fn() for fn in fs]
print(late())
def early():
    return [(lambda i=i: i)() for i in range(3)]
print(early())
def nested_nonlocal():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 10
        inner()
    mid()
    return a
print(nested_nonlocal())
class Meta:
    v = 1
    def show(self=None):
        try:
            return v
        except NameError as e:
            return str(e)
print(Meta.show())
print([x for x in range(3) for x in 'ab'])
print([y := 5, y ** 2])
def walrus_comp():
    [last := n for n in range(4)]
    return last
print(walrus_comp())
def cls_nonlocal():
    v = 'fn'
    class K:
        nonlocal v
        v = 'set in class'
    return v
print(cls_nonlocal())
