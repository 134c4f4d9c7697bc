class Base: pass
class Fake:
    def __mro_entries__(self, bases):
        print('mro_entries', len(bases))
        return (Base,)
class A(Fake()): pass
print(A.__bases__, A.__orig_bases__[0].__class__.__name__)
class Gen:
    def __class_getitem__(cls, item):
        return ('cgi', cls.__name__, item)
print(Gen[int], Gen[int, str])
class Sub(Gen): pass
print(Sub[1])

class Bad:
    def __mro_entries__(self, bases): return 5
try:
    class X(Bad()): pass
except TypeError as e:
    print(e)
try:
    class Y(1): pass
except TypeError as e:
    print(e)
class E:
    def __mro_entries__(self, bases): return ()
class Z(E()): pass
print(Z.__bases__)
try:
    type('T', (Fake(),), {})
except TypeError as e:
    print(e)
try:
    int[3]
except TypeError as e:
    print(e)
print(list[int], dict[str, int])
