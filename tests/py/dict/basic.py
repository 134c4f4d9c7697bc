# dict construction, repr, access, errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, e.args if isinstance(e, KeyError) else "")

print({}, {1: 2}, {"a": 1, "b": [2]}, dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]))
print(dict({1: 2}, x=3), dict(zip("ab", "cd")), dict([[1, 2]]), dict(["xy"]))
show(lambda: dict(1))
show(lambda: dict([1]))
show(lambda: dict([(1, 2, 3)]))
show(lambda: dict([(1,)]))
show(lambda: dict({}, {}))
d = {"a": 1}
d["b"] = 2
d["a"] = 3
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d)
show(lambda: d["z"])
show(lambda: d[[1]])
show(lambda: {}[(1, [2])])
show(lambda: d[()])
del d["a"]
print(d)
def f():
    del d["q"]
show(f)
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
r = {}
r["self"] = r
print(r)
print({1: {2: {3: []}}}, {(1, 2): None, None: (), "k": {1, 2}})
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {} == {}, {1: 2} == [(1, 2)])
show(lambda: {1: 2} < {1: 2})
print({1: 1, 2: 2} == {2: 2, 1: 1}, bool({}), bool({0: 0}))
show(lambda: hash({}))
big = {i: i * i for i in range(1000)}
print(len(big), big[999], sum(big.values()), list(big)[:5])
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], big.get(2), big.get(3))
for i in range(1000, 1100):
    big[i] = 0
print(len(big), list(big)[-3:])
k = {-1: "m1", -2: "m2", 2**64: "big", 0.5: "half", "": "empty", (): "unit"}
print(k[-1], k[-2], k[2**64], k[0.5], k[""], k[()])
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(0)))
class D(dict):
    pass
print(type(D.fromkeys("a")).__name__)
