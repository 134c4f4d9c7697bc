class A:
    def __bool__(self): return False
print(bool(A()), not A())
class B:
    def __len__(self): return 0
print(bool(B()))
class C:
    def __len__(self): return 3
print(bool(C()), len(C()))
class D:
    def __bool__(self): return 1
try:
    bool(D())
except TypeError as e:
    print(e)
try:
    if D(): pass
except TypeError as e:
    print(e)
class E:
    def __len__(self): return -1
try:
    len(E())
except ValueError as e:
    print(e)
try:
    bool(E())
except ValueError as e:
    print(e)
class F:
    def __len__(self): return 'x'
try:
    len(F())
except TypeError as e:
    print(e)
class G:
    def __len__(self): return 2**100
try:
    len(G())
except OverflowError as e:
    print(e)
class H:
    def __len__(self): return True
print(len(H()))
class I:
    pass
print(bool(I()))
try:
    len(I())
except TypeError as e:
    print(e)
class J:
    __bool__ = None
try:
    bool(J())
except TypeError as e:
    print(e)
class K:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(K()))
class L:
    def __index__(self): return 3
class M:
    def __len__(self): return L()
print(len(M()))
class N(int): pass
class O:
    def __len__(self): return N(4)
print(len(O()), type(len(O())).__name__)
