def m(cmd):
    match cmd.split():
        case ['go', ('north' | 'south') as direction]:
            return f'going {direction}'
        case ['drop', *objs]:
            return f'dropping {objs}'
        case ['look']:
            return 'looking'
        case [unknown, *_]:
            return f'unknown {unknown}'
        case []:
            return 'nothing'
for c in ['go north', 'go west', 'drop a b', 'look', 'dance now', '']:
    print(repr(c), m(c))
def guard_side(x):
    match x:
        case [a, b] if a > b:
            return 'desc'
        case [a, b]:
            return f'not desc {a} {b}'
print(guard_side([2, 1]), guard_side([1, 2]))
def bind_leak(x):
    match x:
        case [a, 99]:
            pass
        case _:
            pass
    try:
        return a
    except UnboundLocalError as e:
        return type(e).__name__
print(bind_leak([1, 99]), bind_leak([1, 2]))
def nomatch(x):
    match x:
        case 1:
            return 'one'
    return 'fell through'
print(nomatch(2))
def mapping_extra(x):
    match x:
        case {'a': 1, **rest} if rest:
            return rest
        case {'a': _}:
            return 'a only'
print(mapping_extra({'a': 1, 'b': 2}), mapping_extra({'a': 1}), mapping_extra({'a': 5}))
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
def where(points):
    match points:
        case [Point(x=0, y=0)]:
            return 'origin only'
        case [Point(x, y)]:
            return f'single {x},{y}'
        case [Point(0, y1), Point(0, y2)]:
            return f'two on y axis {y1} {y2}'
        case _:
            return 'something else'
print(where([Point(0, 0)]), where([Point(1, 2)]), where([Point(0, 1), Point(0, 2)]), where('x'))
match 5:
    case int(x) if x > 3:
        print('module-level match', x)
match {'k': [1, {'n': 2}]}:
    case {'k': [_, {'n': n}]}:
        print('deep', n)
def dict_key_expr(v):
    match v:
        case {0: z, 'x': 'y'}:
            return z
print(dict_key_expr({0: 'zero', 'x': 'y'}), dict_key_expr({0: 1}))
def bool_vs_int(v):
    match v:
        case True: return 'True'
        case 1: return 'one'
print(bool_vs_int(1), bool_vs_int(True), bool_vs_int(1.0))
