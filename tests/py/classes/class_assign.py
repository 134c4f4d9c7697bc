class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = 1
except TypeError as e:
    print(e)
try:
    (1).__class__ = B
except TypeError as e:
    print(e)
try:
    a.__class__ = int
except TypeError as e:
    print(e)
class S1:
    __slots__ = ('x',)
class S2:
    __slots__ = ('y',)
s = S1()
try:
    s.__class__ = S2
except TypeError as e:
    print(e)
class S3:
    __slots__ = ('x',)
s.__class__ = S3
print(type(s).__name__)
class L(list): pass
class L2(list): pass
l = L()
l.__class__ = L2
print(type(l).__name__)
try:
    del a.__class__
except TypeError as e:
    print(e)
