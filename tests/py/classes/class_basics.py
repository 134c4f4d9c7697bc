class A:
    count = 0
    def __init__(self): A.count += 1
A(); A()
print(A.count)
class B:
    x = 1
    y = x + 1
    z = [x * i for i in range(3)]
print(B.y, B.z)
class C:
    def __init__(self): self.data = []
c1, c2 = C(), C()
c1.data.append(1)
print(c1.data, c2.data)
print(type(A), type(A()), A.__class__, type(type))
print(A.__name__, A().__class__.__name__, A.__module__)
class D: pass
D.new_attr = 5
print(D().new_attr)
del D.new_attr
print(hasattr(D, 'new_attr'))
try:
    del D.nope
except AttributeError as e:
    print(e)
def make():
    x = 10
    class E:
        y = x
        def get(self): return x
    return E
print(make().y, make()().get())
class F:
    def __private(self): return 'p'
    def call(self): return self.__private()
print(F().call(), hasattr(F, '_F__private'))
class G(object): pass
print(G.__bases__)
print(isinstance(G, type), issubclass(G, object))
x = 5
class H:
    x = x + 1
print(H.x)
class I:
    pass
i = I()
i.__dict__['k'] = 1
print(i.k)
print(I.__init__ is object.__init__, I.__new__ is object.__new__)
print(type(object.__init__).__name__, type(object.__new__).__name__)
print(I.__class__ is type)
class J:
    def __init__(self): pass
print(type(J.__init__).__name__, type(J().__init__).__name__)
