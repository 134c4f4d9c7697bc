class A:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print('A.lt'); return self.v < o.v
    def __eq__(self, o): print('A.eq'); return NotImplemented
class B(A):
    def __gt__(self, o): print('B.gt'); return True
print(A(1) < A(2))
print(A(1) > A(2))
print(A(1) < B(2))
print(A(1) == A(1))
a = A(1)
print(a == a, a != a)
class C: pass
c = C()
print(c == c, c != C(), c == 1)
for op in ['<', '<=', '>', '>=']:
    try:
        eval('C() ' + op + ' C()')
    except TypeError as e:
        print(e)
try:
    C() < 1
except TypeError as e:
    print(e)
try:
    1 < C()
except TypeError as e:
    print(e)
class D:
    def __eq__(self, o): return True
print(D() != D(), D() == 5)
class E:
    def __ne__(self, o): return 'E.ne'
print(E() != 1, E() == E())
class F:
    def __eq__(self, o): return 0
print(F() != 1)
class G:
    def __le__(self, o): return 'G.le'
    def __ge__(self, o): return 'G.ge'
print(1 <= G(), 1 >= G(), G() <= 1)
print(sorted([A(3), A(1), A(2)], key=lambda x: x.v)[0].v)
class H:
    def __eq__(self, o): raise ValueError('boom')
try:
    [H()].index(1)
except ValueError as e:
    print(e)
print(H() in [], H() is not None)
class I(int):
    def __eq__(self, o): return 'I.eq'
print(1 == I(1), I(1) == 1)
