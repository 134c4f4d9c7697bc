class Base:
    def __init_subclass__(cls, **kw):
        print('Base.__init_subclass__', cls.__name__, kw)
        super().__init_subclass__()
    def __class_getitem__(cls, item):
        return (cls.__name__, item, super().__class_getitem__ if hasattr(super(), '__class_getitem__') else None)
class Sub(Base, x=1): pass
print(Sub[int])
class P:
    def __new__(cls, *a):
        print('P.__new__', cls.__name__, a)
        return super().__new__(Q) if cls is P else super().__new__(cls)
    def __init__(self, *a): print('P.__init__', type(self).__name__, a)
class Q(P):
    def __init__(self, *a): print('Q.__init__', a)
x = P(1)
print(type(x).__name__)
class R:
    def __new__(cls): return object.__new__(int) if False else 5
print(R())
try:
    object.__new__(5)
except TypeError as e:
    print(e)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
class S:
    def __init__(self, a): self.a = a
try:
    object.__new__(S, 1)
    print('object.__new__ with args ok when __init__ overridden')
except TypeError as e:
    print(e)
class T: pass
try:
    T(1)
except TypeError as e:
    print(e)
try:
    object.__init__(T(), 1)
except TypeError as e:
    print(e)
class U:
    def __new__(cls, a): return super().__new__(cls)
try:
    U(1, 2)
except TypeError as e:
    print(e)
print(type(U(1)).__name__)
class MetaCall(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by_meta = True
        return inst
class V(metaclass=MetaCall):
    def __init__(self, v): self.v = v
v = V(3); print(v.v, v.created_by_meta)
