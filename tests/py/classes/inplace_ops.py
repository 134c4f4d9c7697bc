class A:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __isub__(self, o): return NotImplemented
    def __sub__(self, o): return A(self.v - o)
    def __repr__(self): return f'A({self.v})'
    def __imul__(self, o): return 'imul'
    def __itruediv__(self, o): return 'itruediv'
    def __ifloordiv__(self, o): return 'ifloordiv'
    def __imod__(self, o): return 'imod'
    def __ipow__(self, o): return 'ipow'
    def __ilshift__(self, o): return 'ilshift'
    def __irshift__(self, o): return 'irshift'
    def __iand__(self, o): return 'iand'
    def __ior__(self, o): return 'ior'
    def __ixor__(self, o): return 'ixor'
    def __imatmul__(self, o): return 'imatmul'
a = A(1)
b = a
a += 2
print(a, a is b)
a -= 1
print(a, a is b)
for op in ['*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=', '@=']:
    x = A(0)
    exec('x ' + op + ' 1')
    print(op, x)
class B:
    def __add__(self, o): return 'B.add'
b = B()
b += 1
print(b)
class C: pass
c = C()
try:
    c += 1
except TypeError as e:
    print(e)
try:
    c **= 1
except TypeError as e:
    print(e)
class R:
    def __radd__(self, o): return 'R.radd'
x = 5
x += R()
print(x)
l = [1]
l2 = l
l += (2, 3)
print(l, l is l2)
class Lst(list):
    def __iadd__(self, o): return 'Lst.iadd'
z = Lst()
z += [1]
print(z)
