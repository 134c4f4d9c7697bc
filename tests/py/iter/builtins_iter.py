# enumerate, zip, map, filter, reversed
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
print(list(enumerate("ab", 2**70)))
show(lambda: enumerate())
show(lambda: enumerate(1))
show(lambda: enumerate("a", "b"))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip("ab", "cd", "ef")))
print(list(zip("ab", "cd", strict=True)))
show(lambda: list(zip("a", "bc", strict=True)))
show(lambda: list(zip("ab", "c", strict=True)))
show(lambda: list(zip("ab", "ab", "c", strict=True)))
show(lambda: list(zip("a", "a", "bc", strict=True)))
show(lambda: zip(1))
show(lambda: zip("a", foo=1))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, "ab", "xyz")))
show(lambda: map(abs))
show(lambda: map())
show(lambda: list(map(abs, ["x"])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
show(lambda: filter(None))
show(lambda: filter(None, 1))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(3))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()))
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self): return 0
    def __getitem__(self, i): return 0
show(lambda: reversed(NoRev()))
show(lambda: reversed(1))
show(lambda: type(reversed({})).__name__)
show(lambda: reversed({1}))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
e = enumerate("ab")
print(iter(e) is e, next(e), list(e))
print(type(e).__name__, type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__)
class MyEnum(enumerate):
    pass
print(list(MyEnum("ab")))
