def m(x):
    match x:
        case []:
            return 'empty'
        case [a]:
            return f'one {a}'
        case [a, b]:
            return f'two {a} {b}'
        case [first, *rest] if len(rest) > 2:
            return f'long {first} {rest}'
        case [a, *mid, z]:
            return f'ends {a} {mid} {z}'
for v in [[], [1], (1, 2), [1, 2, 3], [1, 2, 3, 4, 5], 'ab', b'ab', range(2), {1, 2}, iter([1])]:
    print(repr(v) if not hasattr(v, '__next__') else 'iterator', m(v))
def nested(x):
    match x:
        case [[a, b], [c, *_]]:
            return a, b, c
        case [(1, y), *_]:
            return 'tuple pattern', y
        case [*_, 'end']:
            return 'ends with end'
        case [_, _, *_]:
            return 'at least two'
print(nested([[1, 2], [3, 4, 5]]), nested([(1, 9)]), nested(['x', 'end']), nested([0, 0, 0]))
class MySeq(list): pass
print(m(MySeq([7, 8])))
def star_only(x):
    match x:
        case [*all_]:
            return all_
print(star_only((1, 2)), star_only('no'))
