def m(x):
    match x:
        case 0 | 1:
            return "small"
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *rest]:
            return f"seq {first} {rest}"
        case {"k": v, **others}:
            return f"map {v} {others}"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case str(s):
            return f"str {s}"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(xx, yy):
            return f"point {xx} {yy}"
        case None:
            return "none"
        case True:
            return "true"
        case -1.5:
            return "neg float"
        case Color.RED:
            return "red"
        case _:
            return "other"
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Color:
    RED = "red-value"
for v in [0, 1, [1, 2], [1, 2, 3], (4,), {"k": 1, "z": 2}, "hello", "hi", Point(0, 5), Point(3, 4),
          None, True, -1.5, "red-value", 3.5, [], {"q": 1}]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", m(v))
def guards(x):
    match x:
        case [a, b] if a == b:
            return "same"
        case [a, b] if a > b:
            return "desc"
        case [_, _]:
            return "other pair"
        case (1 | 2 | 3) as n:
            return f"n={n}"
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [*_, last]:
            return f"last={last}"
        case {}:
            return "mapping"
    return "fallthrough"
for v in [[1, 1], [2, 1], [1, 2], 2, [[1, 2], [3, 4]], [1, 2, 3, 9], {"a": 1}, 7.5, "ab"]:
    print(v, guards(v))
def captures(x):
    match x:
        case [1, y] | [y, 1]:
            return y
        case {"a": [b, {"c": c}]}:
            return b, c
        case int(n) | float(n):
            return -n
    return None
print(captures([1, 5]), captures([6, 1]), captures({"a": [2, {"c": 3}]}), captures(4), captures(2.5))
match 42:
    case x:
        print("bound", x)
match (1, 2):
    case (a, b):
        print(a + b)
