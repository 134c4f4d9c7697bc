# set algebra
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference(b))
print(a.union(), a.intersection(), a.difference(), a.union("ab"))
print(a <= b, a < a, a <= a, {1} < a, a > {1}, a >= a, a == {4, 3, 2, 1}, a != b)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint({9}), a.isdisjoint([1]))
show(lambda: a | [1])
show(lambda: a & "x")
show(lambda: a < [1])
print(frozenset([1, 2]) | {3}, {3} | frozenset([1, 2]), frozenset("ab") == {"a", "b"})
c = set(a)
c |= {9}
c &= {1, 2, 9}
c -= {2}
c ^= {1, 7}
print(c)
c.update([10], (11,), "z")
print(c)
c.intersection_update({9, 10, 11, "z"}, [9, 10])
print(c)
c.difference_update([9])
print(c)
c.symmetric_difference_update([10, 20])
print(c)
def f():
    d = {1}
    d |= [2]
show(f)
big = set(range(1000))
small = {5, 500, 5000}
print(big & small, small & big, small - big, len(big - small), sorted(small ^ {5}))
print({1, 2} - {1, 2}, set() & {1}, a.copy() == a, a.copy() is a)
print({frozenset([1])} | {frozenset([2])})
