class A:
    def __add__(self, o):
        print('A.__add__'); return NotImplemented
    def __radd__(self, o):
        print('A.__radd__'); return 'A.radd'
class B(A):
    def __add__(self, o):
        print('B.__add__'); return NotImplemented
    def __radd__(self, o):
        print('B.__radd__'); return 'B.radd'
print(A() + B())
print(B() + A())
print(A() + A())
class C:
    def __add__(self, o): return NotImplemented
class D:
    def __radd__(self, o): return NotImplemented
try:
    C() + D()
except TypeError as e:
    print(e)
class E(int):
    def __radd__(self, o): return 'E.radd'
print(1 + E(2))
print(E(2) + 1)
class F(float):
    def __rsub__(self, o): return 'F.rsub'
print(1.5 - F(1))
class G:
    def __eq__(self, o): return 'G.eq'
print(1 == G(), G() == 1)
class H(A):
    pass
print(A() + H())
class S(str):
    def __radd__(self, o): return 'S.radd'
print('x' + S('y'))
class L(list):
    def __radd__(self, o): return 'L.radd'
print([1] + L([2]))
class M:
    def __rmul__(self, o): return 'M.rmul'
print([1] * M(), 'ab' * M(), 3 * M())
