# Iterators of the built-in containers pickle and restore their position.
import pickle

def roundtrip(it, proto):
    return pickle.loads(pickle.dumps(it, proto))

def show(label, make):
    for proto in (0, 2, 5):
        it = make()
        first = next(it, None)
        it2 = roundtrip(it, proto)
        same = type(it2) is type(it) or label == "range-big"
        print(label, proto, first, same, list(it2), list(it))

show("list", lambda: iter([1, 2, 3]))
show("list-rev", lambda: reversed([1, 2, 3]))
show("tuple", lambda: iter((1, 2, 3)))
show("range", lambda: iter(range(3, 20, 4)))
show("range-big", lambda: iter(range(2**70, 2**70 + 3)))
show("range-rev", lambda: reversed(range(5)))
show("dict", lambda: iter({1: 'a', 2: 'b', 3: 'c'}))
show("dict-values", lambda: iter({1: 'a', 2: 'b'}.values()))
show("dict-items", lambda: iter({1: 'a', 2: 'b'}.items()))
show("dict-rev", lambda: reversed({1: 'a', 2: 'b', 3: 'c'}))
show("set", lambda: iter({5}))
show("enumerate", lambda: enumerate([7, 8, 9], 10))
show("zip", lambda: zip([1, 2, 3], (4, 5, 6)))
show("map", lambda: map(abs, [-1, -2, -3]))
show("filter", lambda: filter(None, [0, 1, 2, 0, 3]))

class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * i
show("seq", lambda: iter(Seq()))

class R:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
show("reversed", lambda: reversed(R()))

# exhausted iterators
for it in (iter([1]), iter((1,)), reversed([1]), iter(Seq())):
    list(it)
    print(type(it).__name__, it.__reduce__()[1:])

# __setstate__ clamps the position
it = iter([1, 2, 3]); it.__setstate__(-5); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(2); print(list(it))
it = iter((1, 2, 3)); it.__setstate__(10); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(10); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(0); print(list(it))
it = iter(range(10)); it.__setstate__(7); print(list(it))
it = iter(range(2**65, 2**65 + 4)); it.__setstate__(2); print(list(it))
it = iter(Seq()); it.__setstate__(-3); print(list(it))
z = zip([1, 2], [3]); z.__setstate__(True)
try:
    print(list(z))
except ValueError as e:
    print("ValueError", e)
print(zip([1], [2], strict=True).__reduce__()[2])
ci = iter(int, 1)
print(type(roundtrip(ci, 2)).__name__, next(roundtrip(ci, 2)))
