# iterating lists while they change, list iterators
a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    if x == 1:
        a.append(4)
print(out)
a = [1, 2, 3, 4]
for x in a:
    if x == 2:
        a.remove(x)
print(a)
it = iter([1, 2])
print(list(it), list(it))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
x = [1, 2, 3]
r = reversed(x)
x.clear()
print(list(r))
print(list(enumerate(["a", "b"])), 2 in [1, 2], 5 not in [1, 2])
class Eq:
    def __eq__(self, o):
        return True
print(Eq() in [1], [1].index(Eq()), [Eq()].count(1))
print([i for i in [3, 4]], [*[1, 2], *(3,)], [1, *range(2)])
