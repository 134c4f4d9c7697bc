class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class D:
    def __set_name__(self, owner, name): raise ValueError('bad set_name')
try:
    class E:
        d = D()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
try:
    class F(int, str): pass
except TypeError as e:
    print(e)
try:
    class G(bool): pass
except TypeError as e:
    print(e)
try:
    class H(len): pass
except TypeError as e:
    print(e)
class I:
    __slots__ = ('a',)
try:
    I().b = 1
except AttributeError as e:
    print(e)
try:
    class J:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print(e)
i = I()
try:
    i.a
except AttributeError as e:
    print(e)
print(hasattr(I(), '__dict__'))
class K(object, metaclass=type): pass
print(K.__class__)
try:
    type('X', (1,), {})
except TypeError as e:
    print(e)
class L: pass
try:
    L.__name__ = 5
except TypeError as e:
    print(e)
L.__name__ = 'Renamed'
print(L, L.__qualname__)
