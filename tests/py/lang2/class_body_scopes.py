# class body execution edge cases
class A:
    x = 1
    def f(self): return x
try:
    A().f()
except NameError as e:
    print(e)
class B:
    y = 2
    class C:
        try:
            z = y
        except NameError as e:
            print('nested class cannot see', e)
def outer():
    v = 1
    class D:
        nonlocal v
        v = 2
    return v
print(outer())
def outer2():
    w = 'free'
    class E:
        w = 'class'
        def m(self): return w
        lst = [w for _ in range(1)]
    return E().m(), E.lst
print(outer2())
class F:
    a = 1
    b = lambda self, a=a: a
    c = (lambda: a) if False else None
print(F().b())
class G:
    locals()['dyn'] = 5
print(G.dyn)
class H:
    exec('e = 7')
print(H.e)
class I:
    global gI
    gI = 'global from class'
print(gI)
class J:
    __x = 1
    def get(self): return self.__x
    @classmethod
    def cget(cls): return cls.__x
    def __dunder__(self): return 'no mangle'
print(J().get(), J.cget(), J().__dunder__(), hasattr(J, '_J__x'))
class _Under:
    __y = 2
print(hasattr(_Under, '_Under__y'))
class __Both:
    __z = 3
print([k for k in vars(__Both) if 'z' in k])
