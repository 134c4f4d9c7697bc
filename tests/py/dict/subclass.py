# dict subclasses, __missing__
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
c["a"] += 1
c["a"] += 1
print(c, c["zzz"], "zzz" in c, c.get("q"))
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = D(a=1)
d["b"] = 2
print(d, isinstance(d, dict), type(d).__name__)
d.update(c=3)
print(d)
class O(dict):
    def keys(self):
        return ["x"]
    def __getitem__(self, k):
        return 42
print(dict(O(y=1)), {**{"a": 1}, **{"b": 2}})
print(D() == {}, D(a=1) == {"a": 2})
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, H) and self.h == other.h
    def __repr__(self):
        return "H(%d)" % self.h
hd = {H(1): "one", H(2): "two"}
print(hd[H(1)], H(3) in hd, hd)
class Bad:
    def __hash__(self):
        raise RuntimeError("no hash")
try:
    {}[Bad()]
except RuntimeError as e:
    print("RuntimeError", e)
