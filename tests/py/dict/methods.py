# dict methods
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
show(lambda: d.get())
show(lambda: d.get(1, 2, 3))
print(d.setdefault("a", 9), d.setdefault("c"), d.setdefault("e", []), d)
print(d.pop("c"), d.pop("z", "dflt"), d)
show(lambda: d.pop("z"))
show(lambda: d.pop())
print(d.popitem(), d)
show(lambda: {}.popitem())
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(w=4)
d.update()
print(d)
show(lambda: d.update(1))
show(lambda: d.update([1]))
show(lambda: d.update({}, {}))
class Mapping:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
d.update(Mapping())
print(d)
print(dict(Mapping()))
c = d.copy()
c["new"] = 1
print(len(d), len(c), type(c).__name__)
c.clear()
print(c, len(c))
print(list(d.keys()), list(d.values())[:3], list(d.items())[:2])
e = {1: 1}
print(e | {2: 2}, {2: 2} | e, e)
e |= {3: 3}
e |= [(4, 4)]
print(e)
show(lambda: e | [(5, 5)])
def f():
    x = {}
    x |= 1
show(f)
print(list(reversed({1: 2, 3: 4})), {}.__class__, dict.fromkeys("ab", []))
show(lambda: {}.fromkeys())
print(type({}.__reversed__()).__name__)
