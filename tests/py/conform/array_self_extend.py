# a.extend(a) and a += a copy the array's own items even when its buffer grows.
import array
for tc in 'bHid':
    a = array.array(tc, range(6))
    a.extend(a)
    print(a)
    b = array.array(tc, [1, 2, 3])
    for i in range(5):
        b.extend(b)
    print(len(b), b[:6], b[-3:])
    c = array.array(tc, [7, 8])
    c += c
    print(c)
import pickle
it = iter(array.array('h', [5, 6, 7])); next(it)
print(it.__reduce__()[1:], list(pickle.loads(pickle.dumps(it))))
it.__setstate__(-4); print(list(it))
it = iter(array.array('h', [5, 6, 7])); it.__setstate__(99); print(list(it), it.__reduce__()[1])
try:
    array.array('b', None)
except TypeError as e:
    print("TypeError", e)
class ArraySub(array.array):
    pass
s = ArraySub('i', [1, 2])
s.x = 10
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    t = pickle.loads(pickle.dumps(s, proto))
    print(type(t).__name__, t, t.x)
print(array.array('i', [3]).__reduce_ex__(2)[2])
e = array.array('i'); e[0:0] = array.array('i'); del e[:]; e *= 3; print(e * 3, e, array.array('i', [1]) * 0)
