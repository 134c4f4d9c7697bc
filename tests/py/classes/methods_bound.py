class A:
    def m(self, x): return x
a = A()
bm = a.m
print(type(bm).__name__, bm.__self__ is a, bm.__func__ is A.m, bm.__name__, bm.__qualname__)
print(bm == a.m, bm is a.m, hash(bm) == hash(a.m))
print(repr(bm).startswith('<bound method A.m of <__main__.A object at'))
print(A.m(a, 5))
try:
    A.m()
except TypeError as e:
    print(e)
try:
    a.m()
except TypeError as e:
    print(e)
try:
    a.m(1, 2)
except TypeError as e:
    print(e)
print(bm.__doc__, bm.__module__)
def ext(self): return 'ext'
A.ext = ext
print(a.ext())
a.inst = ext
try:
    a.inst()
except TypeError as e:
    print(e)
print([].append.__self__, type([].append).__name__, repr([].append).startswith('<built-in method append of list object'))
print(repr(list.append), repr(int.__add__), repr((1).__add__)[:30])
import types
print(types.MethodType(ext, 5)())
print(str.upper('a'), type(str.__dict__['upper']).__name__)
try:
    str.upper(1)
except TypeError as e:
    print(e)
try:
    bm.x = 1
except AttributeError as e:
    print(e)
print(a.m.__eq__(a.m), A().m == A().m)
