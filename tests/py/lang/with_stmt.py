class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow
with CM("a") as a:
    print("body", a)
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("s", True):
    raise ValueError("swallowed")
print("after swallow")
try:
    with CM("n"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
def ret():
    with CM("r"):
        return "returned"
print(ret())
def brk():
    for i in range(3):
        with CM(i):
            if i == 1:
                break
            continue
    return i
print(brk())
with CM("t") as (x):
    print(x)
class Tup:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): pass
with Tup() as (p, q):
    print(p, q)
def nested_finally():
    try:
        with CM("w"):
            try:
                return 1
            finally:
                print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())
