print(-1, - 1, -(1), +2, ~3, not 0, --5, -2 ** 2, (-2) ** 2)
print(-9223372036854775808, -9223372036854775809, 0x7fffffffffffffffff, 1_000_000)
print(-0.0, 1e3, 2j, -2j, 1 + 2j)
print(7 // 2, 7 % 3, 2 ** 10, 1 << 70, 255 >> 4, 6 & 3, 6 | 3, 6 ^ 3, 7 / 2)
s = [0, 1, 2, 3, 4, 5]
print(s[1:3], s[::2], s[:-1], s[::-1], s[1:], s[:2], s[1:5:2])
s[1:3] = ['a']
print(s)
del s[::2]
print(s)
t = (1,)
print(t, (), (1, 2) + (3,), [*t, *[2]], {*t, 3}, {**{'a': 1}, 'b': 2}, {'a': 1, **{'a': 3}})
print(((1, 2), 3) == ((1, 2), 3), (1, -2), ('a', 1.5, None, True, ...))
print(type(...).__name__, Ellipsis is ...)
print(1 if True else 2, [] or {} or 'x', "ab" * 3, [0] * 3)
d = {i: i * i for i in range(3)}
print(d, len(d), d[2])
print({1: 'a', 1.0: 'b', True: 'c'})
print("a" "b" 'c', b"x" b"y", r"\d", "\x41\u00e9")
print(__debug__, __name__)
big = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34]
print(len(big), sum(big))
bigd = {'a%d' % i: i for i in range(3)}
print(bigd)
x = 5
print(f"{x}" if x else None, (x := x + 1), x)
print([1, 2, 3] == [1, 2, 3], 1 == 1.0, "a" < "b", [1] < [2])
print(0 or None, 1 and [], (lambda: 0)() or "z")
