class A:
    def __eq__(self, o): return True
print(A.__hash__)
try:
    hash(A())
except TypeError as e:
    print(e)
try:
    {A()}
except TypeError as e:
    print(e)
class B(A):
    __hash__ = object.__hash__
print(type(hash(B())).__name__)
class C:
    def __hash__(self): return 12
print(hash(C()))
class D(C):
    def __eq__(self, o): return False
print(D.__hash__)
class E:
    def __hash__(self): return 2**70
print(hash(E()) == hash(2**70))
class F:
    def __hash__(self): return 'x'
try:
    hash(F())
except TypeError as e:
    print(e)
class G:
    __hash__ = None
try:
    hash(G())
except TypeError as e:
    print(e)
class H:
    def __hash__(self): return -1
print(hash(H()))
class I(int):
    pass
print(hash(I(5)))
class J(int):
    def __eq__(self, o): return False
print(J.__hash__)
class K:
    def __eq__(self, o): return True
    def __hash__(self): return 1
print(hash(K()))
o = object()
print(hash(o) == hash(o), type(hash(o)).__name__)
import collections.abc
print(isinstance(A(), collections.abc.Hashable), isinstance(C(), collections.abc.Hashable))
class L:
    def __hash__(self): return True
print(hash(L()))
