def t(call):
    try:
        call()
    except TypeError as e:
        print(e)
def f(a, b): pass
t(lambda: f(1))
t(lambda: f())
t(lambda: f(1, 2, 3))
t(lambda: f(1, b=2, a=3))
t(lambda: f(1, 2, c=3))
def g(a, b=1): pass
t(lambda: g(1, 2, 3))
t(lambda: g())
def h(*, k): pass
t(lambda: h())
t(lambda: h(1))
def h2(a, *, k, m): pass
t(lambda: h2(1))
t(lambda: h2(1, 2, k=3, m=4))
def p(a, /, b): pass
t(lambda: p(a=1, b=2))
def q(a, b, c): pass
t(lambda: q(1))
t(lambda: q(**{'a': 1}, a=2))
t(lambda: f(**{1: 2}))
t(lambda: f(*5))
t(lambda: f(**5))
def r(): pass
t(lambda: r(1))
t(lambda: r(x=1))
class C:
    def m(self, x): pass
t(lambda: C().m())
t(lambda: C().m(1, 2))
t(lambda: C.m())
