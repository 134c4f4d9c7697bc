# and/or/not: short-circuit results, operand values, __bool__ and __len__
calls = []
def v(x):
    calls.append(x)
    return x
print(v(0) and v(1), calls); calls.clear()
print(v(2) and v(3), calls); calls.clear()
print(v(0) or v('') or v([]), calls); calls.clear()
print(v('x') or v('y'), calls); calls.clear()
print(not 0, not [], not [0], not None, not (1, 2))
class B:
    def __init__(self, b): self.b = b
    def __bool__(self):
        print('bool', self.b)
        return self.b
    def __repr__(self): return f'B({self.b})'
print(B(False) or B(True) and B(False))
class L:
    def __len__(self): return 0
print(bool(L()), L() or 'empty len', not L())
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print(e)
print(1 and 2 or 3, 0 and 2 or 3, (0 or 0) and 1, 0 or (0 and 1))
print([] or {} or set() or 'last', [1] and {} and 'x')
x = 0
print(x == 0 or 1 / x, x != 0 and 1 / x)
