# list comparison, recursive reprs, list() with __length_hint__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], [] < [0], [1, 2] == [1, 2], [1] != [1.0])
print([[1, 2], [1]] < [[1, 2], [2]], [1, 2] <= [1, 2], [2] >= [1, 5])
t(lambda: [1, 'a'] < [1, 2])
t(lambda: [1] < (1,))
print([1] == (1,), [1, 'a'] == [1, 2])
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = [a, [a]]
print(b)
d = {'k': a}
a.append(d)
print(a)
class L(list):
    pass
l = L([1, 2])
l.append(l)
print(l, type(l[0:1]).__name__)
class Hint:
    def __iter__(self):
        return iter([1, 2, 3])
    def __length_hint__(self):
        return 100
print(list(Hint()))
class BadHint:
    def __iter__(self):
        return iter([1])
    def __length_hint__(self):
        return 'x'
t(lambda: list(BadHint()))
class NegHint:
    def __iter__(self):
        return iter([1])
    def __length_hint__(self):
        return -1
t(lambda: list(NegHint()))
t(lambda: list(5))
t(lambda: list([1], [2]))
t(lambda: list(iterable=[1]))
print(list(), list('ab'), list({1: 2}), list(range(3)))
x = [1, 2, 3]
it = iter(x)
print(it.__length_hint__(), next(it), it.__length_hint__())
x.append(4)
print(it.__length_hint__(), list(it), it.__length_hint__())
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r))
print(type(iter([])).__name__, type(reversed([])).__name__)
