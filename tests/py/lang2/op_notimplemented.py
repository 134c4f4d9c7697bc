class A:
    def __add__(self, o):
        print('A.add'); return NotImplemented
    def __radd__(self, o):
        print('A.radd'); return NotImplemented
class B:
    def __radd__(self, o):
        print('B.radd'); return 'B wins'
    def __add__(self, o):
        print('B.add'); return NotImplemented
print(A() + B())
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
class Sub(Base):
    def __radd__(self, o): return 'Sub.radd'
print(Base() + Sub())
class Sub2(Base): pass
print(Base() + Sub2())
class I:
    def __init__(self): self.log = []
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return 'fell back to add'
x = I()
x += 1
print(x)
class J:
    def __iadd__(self, o):
        self.v = o; return self
j = J(); j0 = j
j += 5
print(j is j0, j.v)
class K:
    def __imul__(self, o): return 'imul'
    def __mul__(self, o): return 'mul'
k = K(); k *= 2; print(k)
try:
    x = object(); x -= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    y = []; y **= 2
except TypeError as e:
    print(type(e).__name__, e)
class P:
    def __pow__(self, o, mod=None): return ('pow', o, mod)
    def __rpow__(self, o): return ('rpow', o)
print(pow(P(), 2, 5), 3 ** P(), P() ** 2)
