# Pickling state of range iterators: the range they started from and the index.
import pickle

it = iter(range(10))
next(it); next(it)
print(it.__reduce__())
it.__setstate__(1)
print(next(it), it.__reduce__())
it = iter(range(3))
list(it)
print(it.__reduce__())
it = iter(range(3))
it.__setstate__(-5)
print(it.__reduce__())
it.__setstate__(50)
print(it.__reduce__(), list(it))
it = iter(range(2**32 + 2))
it.__setstate__(2**32 + 1)
print(it.__reduce__(), list(it))
it = iter(range(2**64, 2**64 + 10, 3))
next(it)
print(it.__reduce__())
it.__setstate__(1)
print(list(it))
print(reversed(range(5)).__reduce__(), reversed(range(1, 10, 4)).__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it = iter(range(1, 20, 3))
    next(it)
    it2 = pickle.loads(pickle.dumps(it, proto))
    print(proto, list(it2), list(it))
try:
    iter(range(3)).__setstate__('x')
except TypeError as e:
    print('TypeError', e)
