class Data:
    def __get__(self, obj, owner):
        return ('data', obj is None, owner.__name__)
    def __set__(self, obj, v):
        print('set', v)
class NonData:
    def __get__(self, obj, owner=None):
        return ('nondata', obj is None)
class A:
    d = Data()
    n = NonData()
a = A()
print(a.d, A.d)
a.__dict__['d'] = 'inst'
print(a.d)
a.d = 5
print(a.n)
a.__dict__['n'] = 'inst'
print(a.n)
print(A.n)
class SetOnly:
    def __set__(self, obj, v): print('setonly', v)
class B:
    s = SetOnly()
b = B()
print(type(b.s).__name__)
b.s = 1
b.__dict__['s'] = 'x'
print(b.s)
class Del:
    def __get__(self, obj, owner): return 'g'
    def __delete__(self, obj): print('delete')
class C:
    x = Del()
c = C()
del c.x
c.__dict__['x'] = 1
print(c.x)
class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner):
        return self.name
class D:
    foo = Named()
    bar = Named()
print(D().foo, D.bar)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('nope')
try:
    class E:
        x = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
def f(): pass
print(f.__get__(None, A) is f)
print(type(f.__get__(a, A)).__name__)
class Meth:
    def m(self): return self
m = Meth()
print(Meth.__dict__['m'].__get__(m)() is m)
class GetOnType:
    def __get__(self, obj, owner): return 'meta'
class Meta(type):
    attr = GetOnType()
class T(metaclass=Meta): pass
print(T.attr)
