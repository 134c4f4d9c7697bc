class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__))
try:
    class Bad(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
print(D.__bases__ == (B, C), D.__base__ is B, A.__bases__)
class M1: 
    def who(self): return 'M1'
class M2:
    def who(self): return 'M2'
class MM(M1, M2): pass
print(MM().who())
print(issubclass(D, A), issubclass(A, D), isinstance(D(), C))
print(issubclass(D, (int, C)))
try:
    class FromInt(5): pass
except TypeError as e:
    print(type(e).__name__, e)
print(object.__mro__, type.__mro__)
print(bool.__mro__)
