def attempt(cls, *a, **k):
    try:
        cls(*a, **k)
        print(cls.__name__, 'ok')
    except TypeError as e:
        print(cls.__name__, 'TypeError:', e)
class Plain: pass
class OnlyInit:
    def __init__(self, *a, **k): pass
class OnlyNew:
    def __new__(cls, *a, **k): return object.__new__(cls)
class Both:
    def __new__(cls, *a, **k): return object.__new__(cls)
    def __init__(self, *a, **k): pass
class InitCallsSuper:
    def __init__(self, *a): super().__init__(*a)
class NewCallsSuperArgs:
    def __new__(cls, *a): return super().__new__(cls, *a)
for c in (Plain, OnlyInit, OnlyNew, Both, InitCallsSuper, NewCallsSuperArgs):
    attempt(c)
    attempt(c, 1)
    attempt(c, k=1)
try:
    object.__init__(Plain(), 1)
except TypeError as e:
    print(e)
try:
    object.__init__(OnlyNew(), 1)
    print('allowed')
except TypeError as e:
    print(e)
try:
    object.__new__(OnlyInit, 1)
    print('allowed new')
except TypeError as e:
    print(e)
try:
    object.__new__(Plain, 1)
except TypeError as e:
    print(e)
try:
    object.__init__()
except TypeError as e:
    print(e)
try:
    object.__new__()
except TypeError as e:
    print(e)
try:
    int.__new__(str)
except TypeError as e:
    print(e)
try:
    list.__new__(5)
except TypeError as e:
    print(e)
print(type(int.__new__(bool.__base__, 5)).__name__)
class WithNewOnlyKw:
    def __new__(cls, *, x): 
        o = object.__new__(cls); o.x = x; return o
print(WithNewOnlyKw(x=4).x)
class InitReturns:
    def __init__(self): return None
InitReturns()
