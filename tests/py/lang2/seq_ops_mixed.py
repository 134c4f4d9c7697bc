class Idx:
    def __index__(self): return 2
print([1] * 3, 3 * [1], 'ab' * Idx(), Idx() * 'ab', (0,) * 2, b'x' * 2)
print([1] * -1, 'a' * 0, [1, 2] + [3], (1,) + (2,))
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' * 'b'
except TypeError as e:
    print(type(e).__name__, e)
l = [1]; l *= 2; print(l)
t = (1,); t2 = t; t *= 2; print(t, t2)
l = [1]; l2 = l; l += (2, 3); print(l, l2 is l)
print(1 + 2.5, 3 / 2, 3 // 2.0, 2 ** 0.5 > 1.41, 7 % -3, -7 // 2, divmod(-7, 2), 1 + True, True + True)
print(10 / 4, 10 // 4, -10 // 4, 10 % 4, -10 % 4, 2 ** 10, 2.0 ** 3, (-8) ** (1/3) == (-8) ** (1/3))
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
