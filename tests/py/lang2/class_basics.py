class A:
    "A docstring"
    cls_attr = [1]
    def m(self): return 'm'
    class Inner:
        def meth(self): pass
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, A.Inner.__qualname__, A.Inner.meth.__qualname__)
print(A.m.__qualname__, A.m.__name__, type(A.__dict__).__name__, 'm' in A.__dict__)
a1, a2 = A(), A()
a1.cls_attr.append(2)
print(a2.cls_attr)
a1.cls_attr = 'shadow'
print(a1.cls_attr, a2.cls_attr, A.cls_attr)
print(a1.__class__ is A, type(a1) is A, a1.__dict__)
class NoDoc: pass
print(NoDoc.__doc__)
def func():
    class Local: pass
    return Local
print(func().__qualname__, func() is not func())
class WithSlots:
    __slots__ = ('x', 'y')
    def __init__(self): self.x = 1
w = WithSlots()
print(w.x)
try:
    w.y
except AttributeError as e:
    print(type(e).__name__)
class Empty:
    pass
print(repr(Empty)[:22], str(Empty.__bases__))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)
class Ann:
    x: int
    y: str = 'y'
print(Ann.__annotations__, Ann.y, hasattr(Ann, 'x'))
A.new_method = lambda self: 'added later'
print(a1.new_method())
class Priv:
    def __init__(self): self.__secret = 1
    def get(self): return self.__secret
p = Priv()
print(p.get(), p._Priv__secret, hasattr(p, '__secret'))
class Cls2:
    __x = 5
    def f(self): return self.__x, Cls2.__x
print(Cls2().f(), '_Cls2__x' in Cls2.__dict__)
