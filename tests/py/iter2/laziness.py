# map/filter/zip/enumerate are lazy and propagate errors at the right item
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

seen = []
def note(x):
    seen.append(x)
    return x * 2
m = map(note, range(5))
print(seen, next(m), seen, list(m), seen)
f = filter(lambda v: 1 / v, [1, 2, 0, 3])
print(next(f), next(f))
t(lambda: next(f))
print(next(f, 'after'))
z = zip(range(3), map(note, 'ab'))
print(list(z))
def gen():
    yield 1
    raise KeyError('g')
t(lambda: list(enumerate(gen())))
t(lambda: list(zip([1, 2], gen())))
e = enumerate(iter([10, 20]))
print(next(e), list(e), list(e))
counter = iter(range(10))
print(list(zip(counter, counter)))
print(list(map(lambda *a: a, [1, 2], [3], [4, 5, 6])))
print(sum(map(len, ['ab', 'c'])), any(map(bool, [0, 0, 1])), all(filter(None, [])))
print(list(reversed(list(enumerate('abc')))))
it = iter([1, 2, 3])
print(3 in it, list(it))
it2 = iter([1, 2, 3])
print(2 in it2, list(it2))
