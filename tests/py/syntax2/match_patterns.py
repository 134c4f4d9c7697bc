# match statement: every pattern kind.
import collections
Point = collections.namedtuple('Point', 'x y')
class Box:
    __match_args__ = ('content',)
    def __init__(self, content):
        self.content = content
class Color:
    RED = 'red'
def describe(v):
    match v:
        case None: return 'None'
        case True: return 'True'
        case 0 | 0.0: return 'zero'
        case -1: return 'minus one'
        case 1.5j: return 'imag'
        case -2+3j: return 'complex'
        case 'abc' 'def': return 'concatenated'
        case b'raw': return 'bytes'
        case Color.RED: return 'value pattern'
        case []: return 'empty seq'
        case [x]: return f'one {x}'
        case [1, *rest] if rest: return f'starts with 1, rest {rest}'
        case (a, b, *_, z): return f'long {a} {b} {z}'
        case {'k': [1, {'deep': d}]}: return f'deep {d}'
        case {'k': v2, **others}: return f'mapping {v2} {others}'
        case Point(x=0, y=yy): return f'point on y axis {yy}'
        case Point(xx, 0): return f'point on x axis {xx}'
        case Box(Box(inner)): return f'nested box {inner}'
        case Box(content=str() as s): return f'box of str {s}'
        case int(n) if n > 100: return f'big int {n}'
        case int() | float() as num: return f'number {num}'
        case str(): return 'some string'
        case (1 | 2) as small: return f'small {small}'
        case _: return 'anything'
for v in [None, True, 0, 0.0, -1, 1.5j, -2+3j, 'abcdef', b'raw', 'red', [], [5], [1, 2, 3], [1], (1, 2, 3, 4),
          {'k': [1, {'deep': 'D'}]}, {'k': 1, 'z': 2}, Point(0, 5), Point(7, 0), Box(Box(3)), Box('s'),
          1000, 42, 2.5, 'str', object, {'other': 1}]:
    print(type(v).__name__, '->', describe(v))
match 1, 2:
    case a, b:
        print('tuple subject', a, b)
match [1, 2]:
    case [a, b] if a > b:
        print('guard true')
    case [a, b]:
        print('guard false', a, b)
match = 5
case = 6
print(match, case)
for src in [
    "match x:\n case a | b: pass", "match x:\n case [a, a]: pass", "match x:\n case {'k': a, 'j': a}: pass",
    "match x:\n case a:\n  pass\n case 1:\n  pass", "match x:\n case _:\n  pass\n case 1:\n  pass",
    "match x:\n case 1 + 1: pass", "match x:\n case f(): pass", "match x:\n case [*a, *b]: pass",
    "match x:\n case C(a=1, a=2): pass", "match x:\n case C(a=1, 2): pass", "match x:\n case {**a, **b}: pass",
    "match x:\n case (1 | a) | b: pass", "match x:\n case a.b(): pass", "match x:\n case -a: pass",
    "match x:\n case 1 + a: pass", "match x:\n case [1, 2] as [a]: pass", "match x:\n case *a: pass",
]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_offset)
