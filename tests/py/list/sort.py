# sort and sorted: stability, key, reverse, errors, mutation
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [5, 3, 9, 1, 7, 3, 0, -2, 8]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:10], s[-5:], s == sorted(s), len(s))
print(sorted(range(200, 0, -1))[:5])
print(sorted([3.5, 1, 2.25, -1]), sorted("hello"), sorted({3: 1, 1: 2}))
show(lambda: sorted([1, "a", 2]))
show(lambda: [1, 2].sort(1))
show(lambda: [1, 2].sort(cmp=1))
def bad_key(x):
    raise ValueError("bad key")
show(lambda: [1, 2].sort(key=bad_key))
l = [3, 2, 1]
def mutating_key(x):
    l.append(x)
    return x
def f():
    l.sort(key=mutating_key)
show(f)
print(l)
class Weird:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "W%d" % self.v
print(sorted([Weird(1), Weird(3), Weird(2)]))
print([].sort(), sorted([]), sorted([1]))
stab = sorted([(i % 3, i) for i in range(30)], key=lambda t: t[0])
print(stab)
