class A: pass
try:
    A(1)
except TypeError as e:
    print(e)
try:
    A(x=1)
except TypeError as e:
    print(e)
class B:
    def __init__(self, x): self.x = x
print(B(3).x)
try:
    B()
except TypeError as e:
    print(e)
try:
    B(1, 2)
except TypeError as e:
    print(e)
class C:
    def __new__(cls, *a):
        print('new', a)
        return super().__new__(cls)
    def __init__(self, *a):
        print('init', a)
C(1, 2)
class D:
    def __new__(cls, *a):
        return 42
print(D(1))
class E:
    def __init__(self): return 1
try:
    E()
except TypeError as e:
    print(e)
try:
    object.__new__(A, 1)
except TypeError as e:
    print(e)
class F:
    def __init__(self, a):
        super().__init__()
F(1)
class G:
    def __new__(cls, a):
        return object.__new__(cls)
G(1)
class H:
    def __init__(self, a):
        object.__init__(self, a)
try:
    H(1)
except TypeError as e:
    print(e)
class I:
    def __new__(cls, a):
        return object.__new__(cls, a)
try:
    I(1)
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
try:
    object.__new__(1)
except TypeError as e:
    print(e)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
class J:
    def __new__(cls):
        return object.__new__(B)
j = J()
print(type(j).__name__, hasattr(j, 'x'))
print(type(object.__new__(A)).__name__)
