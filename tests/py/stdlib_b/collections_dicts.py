from collections import defaultdict, OrderedDict, Counter, ChainMap
d = defaultdict(list)
d["a"].append(1); d["b"]; d["a"].append(2)
print(d, d.default_factory, isinstance(d, dict), len(d))
print(defaultdict(), defaultdict(int, {"x": 1}), defaultdict(None, a=2))
n = defaultdict(int)
for ch in "hello":
    n[ch] += 1
print(n, n.copy(), type(n.copy()).__name__)
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(3)
except TypeError as e:
    print("TypeError", e)
print(n.get("zz"), "zz" in n, d | {"c": 3})

o = OrderedDict(a=1, b=2, c=3)
o.move_to_end("a"); print(o)
o.move_to_end("c", last=False); print(o, list(o))
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(), OrderedDict([(1, 2)]) == OrderedDict([(1, 2)]))
x, y = OrderedDict(a=1, b=2), OrderedDict(b=2, a=1)
print(x == y, x == dict(y), dict(x) == y, x != y)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    o.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
print(OrderedDict.fromkeys("ab", 0), o.copy(), list(reversed(OrderedDict(a=1, b=2))))
print(OrderedDict(a=1) | {"b": 2}, isinstance(o, dict))

c = Counter("abracadabra")
print(c, c["a"], c["zz"], c.most_common(2), c.total())
print(sorted(c.elements()))
c.update("aaz"); c.update({"b": 5}); print(c)
c.subtract(a=100); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2))
print(+Counter(a=2, b=-1), -Counter(a=2, b=-1), Counter())
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
del c["nothere"]
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)
words = Counter({"x": 1, "y": 3, "z": 2})
print(words.most_common(), list(words), words.most_common(0))
k = Counter(a=4); k += Counter(a=-5, b=1); print(k)

base, over = {"a": 1, "b": 2}, {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm, cm["a"], cm["b"], len(cm), sorted(cm), "c" in cm, cm.get("q", 0))
cm["a"] = 100; print(over, base)
del cm["a"]; print(over)
child = cm.new_child(); child["z"] = 0
print(child, child.parents, child.maps[0])
for f in (lambda: cm["missing"], lambda: cm.pop("missing"), lambda: ChainMap().popitem(),
          lambda: cm.__delitem__("a")):
    try:
        f()
    except KeyError as e:
        print("KeyError", e)
print(ChainMap(), dict(ChainMap({1: 2}, {3: 4})), list(ChainMap({"b": 1}, {"a": 2})))
rd = defaultdict(list); rd[1] = rd; print(rd)
ro = OrderedDict(); ro[1] = ro; print(ro)
rc = ChainMap(); rc[1] = rc; print(rc)
