class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'V({self.v})'
for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor', 'matmul']:
    setattr(V, f'__{name}__', (lambda n: lambda s, o: f'{n}({s.v},{o})')(name))
    setattr(V, f'__r{name}__', (lambda n: lambda s, o: f'r{n}({s.v},{o})')(name))
v = V(1)
print(v + 2, v - 2, v * 2, v / 2, v // 2, v % 2, v ** 2, v << 2, v >> 2, v & 2, v | 2, v ^ 2, v @ 2)
print(2 + v, 2 - v, 2 * v, 2 / v, 2 // v, 2 % v, 2 ** v, 2 << v, 2 >> v, 2 & v, 2 | v, 2 ^ v, 2 @ v)
class U:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
    def __divmod__(self, o): return 'divmod'
    def __rdivmod__(self, o): return 'rdivmod'
    def __index__(self): return 3
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __round__(self, n=None): return ('round', n)
u = U()
print(-u, +u, ~u, abs(u), divmod(u, 1), divmod(1, u))
print([0, 1, 2, 3, 4][u], hex(u), int(u), float(u), complex(u), round(u), round(u, 2))
print('ab' * u, range(10)[u])
try:
    V(1) < V(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    -object()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object() + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] @ []
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
