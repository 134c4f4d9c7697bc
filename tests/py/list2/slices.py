# slice objects: indices, repr, hashing (unhashable in 3.11), comparison, attributes
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 10, 2)
print(s, repr(slice(None)), slice(5), slice(1, 2), slice('a', [1], None))
print(s.start, s.stop, s.step, slice(3).start, slice(3).stop)
print(s.indices(5), slice(None, None, -1).indices(10), slice(-100, 100).indices(7), slice(None).indices(0))
print(slice(2**70).indices(5), slice(-3, None, -2).indices(10))
t(lambda: slice(1, 2, 0).indices(5))
t(lambda: s.indices(-1))
t(lambda: s.indices('a'))
t(lambda: slice('a').indices(5))
t(lambda: hash(slice(1, 2)))
t(lambda: {slice(1): 1})
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1, 2, 3) > slice(1, 2), slice(1) != slice(2))
t(lambda: slice(1) < slice('a'))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(start=1))
t(lambda: setattr(s, 'start', 5))
class I:
    def __index__(self):
        return 2
print([0, 1, 2, 3, 4][I():], 'abcdef'[slice(I(), None, I())], (1, 2, 3)[slice(None, I())])
print(list(range(10))[slice(None, None, -3)], s == (1, 10, 2), type(s).__name__)
