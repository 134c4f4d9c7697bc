def m(x):
    match x:
        case 0 | 1:
            return 'small'
        case -1:
            return 'neg one'
        case 2.5:
            return 'float'
        case 'hi' | b'hi':
            return 'greeting'
        case None:
            return 'none'
        case True:
            return 'true'
        case False:
            return 'false'
        case 1j:
            return 'complex'
        case -2 + 3j:
            return 'complex2'
        case _:
            return 'default'
for v in [0, 1, -1, 2.5, 'hi', b'hi', None, True, False, 1j, -2+3j, 99, 1.0]:
    print(repr(v), m(v))
def cap(x):
    match x:
        case y if y > 10:
            return f'big {y}'
        case y:
            return f'other {y}'
print(cap(11), cap(3))
class Color:
    RED = 'r'
    BLUE = 'b'
def val(c):
    match c:
        case Color.RED:
            return 'red'
        case Color.BLUE:
            return 'blue'
    return 'no match'
print(val('r'), val('b'), val('g'))
def asp(x):
    match x:
        case (1 | 2) as n:
            return n
        case [a, b] as whole:
            return whole, a, b
print(asp(2), asp([3, 4]), asp(5))
