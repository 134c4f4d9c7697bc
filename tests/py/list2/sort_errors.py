# list.sort errors: mutation during sort, incomparable items, bad arguments
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [3, 1, 2]
def key(v):
    a.append(v)
    return v
t(lambda: a.sort(key=key))
print(len(a) == 3 or len(a))
b = [3, 1, 2]
def key2(v):
    b.clear()
    return v
t(lambda: b.sort(key=key2))
t(lambda: [1, 'a'].sort())
t(lambda: sorted([1, 'a', 2]))
t(lambda: sorted([{}, {}]))
t(lambda: [1].sort(1))
t(lambda: [1].sort(cmp=None))
t(lambda: sorted())
t(lambda: sorted([1], 2))
t(lambda: sorted([1], foo=1))
t(lambda: [1, 2].sort(key=5))
class Bad:
    def __lt__(self, other):
        raise ValueError('no order')
t(lambda: sorted([Bad(), Bad()]))
c = [3, 2, 1]
def key3(v):
    if v == 2:
        raise KeyError('k')
    return v
t(lambda: c.sort(key=key3))
print(c)
class Cmp:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Cmp.calls += 1
        return self.v < other.v
items = [Cmp(v) for v in [5, 3, 9, 1, 7]]
items.sort()
print([i.v for i in items], Cmp.calls <= 10)
