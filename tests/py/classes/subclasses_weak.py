import gc, weakref
class Base: pass
class A(Base): pass
class B(Base): pass
print([c.__name__ for c in Base.__subclasses__()])
del A
gc.collect()
print([c.__name__ for c in Base.__subclasses__()])
def make():
    class Tmp(Base): pass
    return weakref.ref(Tmp)
r = make()
gc.collect()
print(r(), [c.__name__ for c in Base.__subclasses__()])
class C(B): pass
B.method = lambda self: 'late'
print(C().method())
print(int.__subclasses__() == [bool] or bool in int.__subclasses__())
