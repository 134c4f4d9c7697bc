class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'V({self.v})'
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v)
    def __sub__(self, o): return V(self.v - (o.v if isinstance(o, V) else o))
    def __rsub__(self, o): return V(o - self.v)
    def __mul__(self, o): return V(self.v * o)
    def __rmul__(self, o): return V(o * self.v * 100)
    def __truediv__(self, o): return 'truediv'
    def __rtruediv__(self, o): return 'rtruediv'
    def __floordiv__(self, o): return 'floordiv'
    def __rfloordiv__(self, o): return 'rfloordiv'
    def __mod__(self, o): return 'mod'
    def __rmod__(self, o): return 'rmod'
    def __divmod__(self, o): return 'divmod'
    def __rdivmod__(self, o): return 'rdivmod'
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o): return 'rpow'
    def __lshift__(self, o): return 'lshift'
    def __rlshift__(self, o): return 'rlshift'
    def __rshift__(self, o): return 'rshift'
    def __rrshift__(self, o): return 'rrshift'
    def __and__(self, o): return 'and'
    def __rand__(self, o): return 'rand'
    def __or__(self, o): return 'or'
    def __ror__(self, o): return 'ror'
    def __xor__(self, o): return 'xor'
    def __rxor__(self, o): return 'rxor'
    def __matmul__(self, o): return 'matmul'
    def __rmatmul__(self, o): return 'rmatmul'
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __abs__(self): return 'abs'
    def __invert__(self): return 'invert'
v = V(1)
print(v + 1, 1 + v, v + v, v - 1, 10 - v, v * 2, 2 * v)
print(v / 1, 1 / v, v // 1, 1 // v, v % 1, 1 % v, divmod(v, 1), divmod(1, v))
print(v ** 2, 2 ** v, pow(v, 2, 5), v << 1, 1 << v, v >> 1, 1 >> v)
print(v & 1, 1 & v, v | 1, 1 | v, v ^ 1, 1 ^ v, v @ 1, 1 @ v)
print(-v, +v, abs(v), ~v)
class N: pass
for op in ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']:
    try:
        eval('N() ' + op + ' 1')
    except TypeError as e:
        print(e)
for op in ['-', '+', '~']:
    try:
        eval(op + 'N()')
    except TypeError as e:
        print(e)
try:
    abs(N())
except TypeError as e:
    print(e)
try:
    divmod(N(), 1)
except TypeError as e:
    print(e)
try:
    pow(N(), 1, 2)
except TypeError as e:
    print(e)
