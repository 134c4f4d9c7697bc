x = 'global'
class A:
    x = 'class'
    y = x
    def meth(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(A.y, A().meth(), A.z, A.w)
def f():
    x = 'local f'
    class B:
        print(x)
        x = 'B'
        print(x)
    return B
f()
def g():
    v = 'enclosing'
    class C:
        u = v
        def m(self): return v
    return C
print(g().u, g()().m())
class D:
    a = 1
    b = [a * i for i in range(3)] if False else None
    items = [1, 2]
    c = [i for i in items]
print(D.c)
try:
    class E:
        a = 5
        b = [a for _ in range(2)]
except NameError as e:
    print(type(e).__name__, e)
