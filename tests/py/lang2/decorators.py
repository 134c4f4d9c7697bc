def deco(f):
    print('decorating', f.__name__)
    def w(*a, **k):
        print('calling', f.__name__)
        return f(*a, **k)
    return w
@deco
def hello(x): return x + 1
print(hello(1))
def order(tag):
    print('factory', tag)
    def d(f):
        print('apply', tag)
        return f
    return d
@order(1)
@order(2)
def z(): pass
@lambda f: 42
def fortytwo(): pass
print(fortytwo)
class Reg:
    items = []
    @classmethod
    def add(cls, f):
        cls.items.append(f.__name__); return f
@Reg.add
def one(): pass
print(Reg.items)
def cdeco(cls):
    cls.tag = 'decorated'
    return cls
@cdeco
class K: pass
print(K.tag)
fns = [lambda f: f]
@fns[0]
def x(): return 'x'
print(x())
