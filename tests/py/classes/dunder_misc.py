class R:
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 7
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __index__(self): return 3
    def __int__(self): return 4
    def __float__(self): return 2.5
    def __complex__(self): return 1j
import math
r = R()
print(round(r), round(r, 2), math.trunc(r), math.floor(r), math.ceil(r))
print([10, 20, 30, 40][r], bin(r), hex(r), oct(r), int(r), float(r), complex(r))
print(range(10)[r], 'abcdef'[r:], operator_index := __import__('operator').index(r))
class OnlyIndex:
    def __index__(self): return 5
print(int(OnlyIndex()), float(OnlyIndex()) if False else 'skip', [0]*OnlyIndex())
class BadIndex:
    def __index__(self): return 'x'
try:
    [1][BadIndex()]
except TypeError as e:
    print(e)
class BadInt:
    def __int__(self): return 1.5
try:
    int(BadInt())
except TypeError as e:
    print(e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(e)
class Neg:
    def __neg__(self): return NotImplemented
print(-Neg())
class H:
    def __hash__(self): return 5
    def __eq__(self, o): return isinstance(o, H)
print(len({H(), H()}), {H(): 1}[H()])
class Sz:
    def __sizeof__(self): return 99
import sys
print(Sz().__sizeof__(), sys.getsizeof(Sz()) >= 99)
class LenHint:
    def __length_hint__(self): return 3
print(__import__('operator').length_hint(LenHint()))
class Missing(dict):
    def __missing__(self, k): return k * 2
print(Missing()[4], Missing().get(4))
class Fmt:
    def __format__(self, spec): return f'<{spec}>'
print(f'{Fmt():>10}', format(Fmt(), ''))
class Ctx:
    def __enter__(self): return 1
    def __exit__(self, *a): print('exit args', a)
with Ctx() as v:
    pass
class Iter:
    def __iter__(self): yield from range(3)
print(list(Iter()), sum(Iter()), max(Iter()), sorted(Iter(), reverse=True), 2 in Iter())
