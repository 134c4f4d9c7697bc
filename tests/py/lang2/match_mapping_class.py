def m(x):
    match x:
        case {'type': 'point', 'x': x0, 'y': y0}:
            return f'point {x0},{y0}'
        case {'type': 'many', **rest}:
            return f'rest {sorted(rest.items())}'
        case {}:
            return 'any mapping'
        case _:
            return 'not mapping'
print(m({'type': 'point', 'x': 1, 'y': 2, 'z': 3}), m({'type': 'many', 'a': 1}), m({'q': 1}), m([1]))
class P:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
def c(v):
    match v:
        case P(0, 0):
            return 'origin'
        case P(x=0, y=yy):
            return f'on y axis {yy}'
        case P(xx, y=3):
            return f'y is 3, x={xx}'
        case P():
            return 'some P'
        case int(n) if n < 0:
            return f'negative {n}'
        case int() | float():
            return 'number'
        case str(s):
            return f'string {s}'
        case [int(), str()]:
            return 'int-str pair'
        case _:
            return 'other'
for v in [P(0, 0), P(0, 5), P(1, 3), P(1, 1), -3, 4, 2.5, 'abc', [1, 'a'], None]:
    print(c(v))
class NoArgs:
    pass
def bad(v):
    match v:
        case NoArgs(1):
            return 'x'
try:
    bad(NoArgs())
except TypeError as e:
    print(type(e).__name__, e)
class TooMany:
    __match_args__ = ('a',)
    a = 1
def bad2(v):
    match v:
        case TooMany(1, 2):
            return 'x'
try:
    bad2(TooMany())
except TypeError as e:
    print(type(e).__name__, e)
def notcls(v):
    match v:
        case len():
            pass
try:
    notcls(1)
except TypeError as e:
    print(type(e).__name__, e)
class Dup:
    __match_args__ = ('a',)
    a = 1
def dup(v):
    match v:
        case Dup(x, a=y):
            return 'x'
try:
    dup(Dup())
except TypeError as e:
    print(type(e).__name__, e)
