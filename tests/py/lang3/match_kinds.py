# match: every pattern kind, guards, bindings, and pattern errors at run time
def m(v):
    match v:
        case 0 | 1 as small: return f'small {small}'
        case [x, y, *rest] if len(rest) > 1: return f'long {x} {y} {rest}'
        case [x, y]: return f'pair {x} {y}'
        case (x,): return f'one {x}'
        case {'k': v, **kw}: return f'map {v} {kw}'
        case str() as s: return f'str {s}'
        case int(i) if i < 0: return f'neg {i}'
        case float(): return 'float'
        case Point(x=0, y=yy): return f'pt y={yy}'
        case Point(xx, yy): return f'pt {xx},{yy}'
        case None: return 'none'
        case True: return 'true'
        case -5j: return 'cplx'
        case 1.5 | -2: return 'lit'
        case _: return 'other'
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
for v in [0, 1, [1, 2, 3, 4], [1, 2], (9,), {'k': 1, 'z': 2}, 'abc', -3, 2.5, Point(0, 4),
          Point(1, 2), None, True, -5j, -2, 1.5, object, 1.0, False]:
    print(repr(v)[:12], '->', m(v))
import collections
match collections.OrderedDict(a=1):
    case {'a': 1}: print('od ok')
match [1, [2, [3]]]:
    case [a, [b, [c]]]: print(a, b, c)
match 'abc':
    case [*_]: print('str is seq?')
    case _: print('str not seq')
match b'ab':
    case [*_]: print('bytes seq?')
    case _: print('bytes not seq')
match bytearray(b'ab'):
    case [*_]: print('bytearray seq?')
    case _: print('bytearray not seq')
match range(3):
    case [0, *mid, 2]: print('range mid', mid)
class P2:
    __match_args__ = ('a',)
    a = 1
try:
    match P2():
        case P2(1, 2): pass
except TypeError as e:
    print(e)
try:
    match 1:
        case int(1, 2): pass
except TypeError as e:
    print(e)
class NoMA: pass
try:
    match NoMA():
        case NoMA(1): pass
except TypeError as e:
    print(e)
try:
    match 1:
        case len(): pass
except TypeError as e:
    print(e)
class BadMA:
    __match_args__ = ['x']
try:
    match BadMA():
        case BadMA(1): pass
except TypeError as e:
    print(e)
class Color:
    RED = 1
    GREEN = 2
match 2:
    case Color.RED: print('red')
    case Color.GREEN: print('green')
match {'a': 1}:
    case {'a': _, 'b': _}: print('no')
    case {}: print('empty map pattern matches any mapping')
x = 5
match 5:
    case y if y > x: print('gt')
    case y: print('bound', y)
print(y)
match (1, 2):
    case (1, 2) | [3, 4] as pair: print('or seq', pair)
match {'x': 1, 'y': 2}:
    case {'x': 1, **rest}: print('rest', rest)
match [1, 'a', None]:
    case [int() | float() as n, str(s), None]: print('typed', n, s)
def capture_order(v):
    match v:
        case [a, *b] if b: return (a, b)
        case [a, *b]: return ('short', a, b)
print(capture_order([1]), capture_order([1, 2]))
match 3:
    case 1 | 2 | 3 if False: print('guard false')
    case n: print('fallthrough', n)
