class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()])
try:
    class Bad(A, O, B): pass
    print([c.__name__ for c in Bad.__mro__])
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(O, A): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y(X): pass
try:
    class W(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
print(Y.__bases__, Y.__base__, object.__bases__, object.__base__)
print(bool.__mro__)
