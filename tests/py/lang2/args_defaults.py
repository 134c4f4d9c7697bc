def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{'c': 3, 'z': 0}))
def g(a, b, /, c, *, d):
    return a, b, c, d
print(g(1, 2, 3, d=4), g(1, 2, c=3, d=4))
def mut(x=[]):
    x.append(1); return x
print(mut(), mut())
print(f.__defaults__, f.__kwdefaults__)
print(g.__code__.co_argcount, g.__code__.co_posonlyargcount, g.__code__.co_kwonlyargcount)
def h(**kw): return kw
print(h(**{'a': 1}, b=2))
def pos_kw_same(a, /, **kw): return a, kw
print(pos_kw_same(1, a=2))
print((lambda *a, **k: (a, k))(1, 2, x=3))
def defeval():
    print('default evaluated')
    return 9
def hd(x=defeval()): return x
print(hd(), hd())
