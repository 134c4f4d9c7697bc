# zip(strict=True) and its exact messages; zip/map/filter/enumerate reprs and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: list(zip([1, 2], [1], strict=True)))
t(lambda: list(zip([1], [1, 2], strict=True)))
t(lambda: list(zip([1], [1, 2], [3], strict=True)))
t(lambda: list(zip([1], [1], [3, 4], strict=True)))
t(lambda: list(zip([1, 2], [1, 2], strict=True)))
t(lambda: list(zip(strict=True)))
t(lambda: list(zip([1], strict=False)))
t(lambda: zip([1], foo=1))
t(lambda: zip(1))
t(lambda: list(zip()))
z = zip([1, 2], 'ab')
print(next(z), list(z), list(z))
t(lambda: map())
t(lambda: map(len))
t(lambda: list(map(pow, [2, 3], [3, 2], [5])))
t(lambda: list(map(lambda a, b: a + b, [1, 2], [3, 4, 5])))
t(lambda: list(filter(None, [0, 1, '', 'a', None, [], [0]])))
t(lambda: list(filter(lambda v: v > 1, range(4))))
t(lambda: filter(None))
t(lambda: list(enumerate('ab', 5)))
t(lambda: list(enumerate('ab', start=-1)))
t(lambda: list(enumerate(iterable='ab')))
t(lambda: enumerate())
t(lambda: enumerate('a', 1.5))
t(lambda: list(enumerate('ab', 2**70)))
for o in (zip(), map(len, []), filter(None, []), enumerate([]), reversed([]), iter([]), iter(()),
          iter(range(1)), iter(''), iter({}), iter(set()), reversed(range(2)), reversed((1,))):
    print(type(o).__name__, repr(o).startswith('<' + type(o).__name__ + ' object at 0x'))
