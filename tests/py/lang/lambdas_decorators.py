lam = lambda x, y=3: x * y
print(lam(2), lam(2, 5), lam.__name__, lam.__qualname__)
def deco(f):
    def w(*a, **k):
        return f(*a, **k) + 1
    return w
@deco
def g(x): return x
print(g(1), g.__name__)
order = []
def d(name):
    order.append("make " + name)
    def apply(f):
        order.append("apply " + name)
        return f
    return apply
@d("a")
@d("b")
def h(): pass
print(order)
print((lambda: lambda: 7)()())
def outer():
    return lambda: __class__ if False else "ok"
print(outer()())
print(sorted([3, 1, 2], key=lambda v: -v))
print((lambda *a, **k: (a, k))(1, x=2))
