class D:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
class A:
    x = D()
    y = D()
    def f(self): pass
A.z = D()  # not called after creation
class M(type):
    def __new__(m, n, b, ns):
        print('before type.__new__')
        c = super().__new__(m, n, b, ns)
        print('after type.__new__')
        return c
class B(metaclass=M):
    w = D()
class NotCallable:
    __set_name__ = 5
try:
    class C:
        n = NotCallable()
except TypeError as e:
    print(type(e).__name__, e)
class G:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(G[int], G['x'], G[1, 2])
class H(G): pass
print(H[0])
print(type(G.__dict__['__class_getitem__']).__name__)
class I:
    __class_getitem__ = classmethod(lambda cls, it: ('explicit', it))
print(I[3])
try:
    object()[1]
except TypeError as e:
    print(e)
try:
    A[1]
except TypeError as e:
    print(e)
