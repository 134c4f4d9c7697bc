def outer():
    def inner(): pass
    class K:
        def m(self): pass
    return inner, K
i, K = outer()
print(i.__qualname__, K.__qualname__, K.m.__qualname__)
print((lambda: (lambda: 0))().__qualname__)
print([lambda: 0 for _ in range(1)][0].__qualname__)
class C:
    def m(self):
        return [lambda: 0 for _ in range(1)][0].__qualname__
    g = (lambda: 0)
print(C().m(), C.g.__qualname__)
print(__debug__)
if __debug__: print('debug on')
class Del:
    a = 1
    del a
print(hasattr(Del, 'a'))
try:
    class Del2:
        del nope
except NameError as e:
    print(e)
def gen_qual():
    def g(): yield
    return g()
print(gen_qual().__qualname__)
x = 0
def modify():
    global x
    for x in range(3): pass
modify(); print(x)
def comp_global():
    global y
    y = [v for v in range(2)]
comp_global(); print(y)
class CV:
    x = 5
    def f(self): return x
print(CV().f())
def default_from_class():
    class A:
        v = 3
        def m(self, d=v): return d
    return A().m()
print(default_from_class())
