# keys/values/items views
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
print("a" in k, "z" in k, 1 in v, ("a", 1) in i, ("a", 2) in i, "a" in i)
d["d"] = 4
print(k, list(v), list(reversed(i)))
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "q"})
print({"a", "z"} & k, {"z"} - k, ["a", "x"] & k)
print(i & {("a", 1)}, i - {("a", 1), ("b", 2), ("c", 3)})
print(k == {"a", "b", "c", "d"}, k == ["a"], k < {"a", "b", "c", "d", "e"}, k <= k, i == i)
print(k.isdisjoint({"x"}), k.isdisjoint("a"), k.mapping)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__)
show(lambda: hash(k))
show(lambda: k[0])
def mut():
    for x in d:
        d["new" + x] = 1
show(mut)
def mut2():
    for x in d.values():
        del d["a"]
show(mut2)
def mut3():
    dd = {1: 1, 2: 2}
    for x in dd:
        del dd[x]
        dd[x + 10] = 0
show(mut3)
print({}.keys(), {}.items(), {}.values())
print(dict.fromkeys(k))
