# pickling bytearray, byte iterators and array.array at every protocol
import pickle, array, copy

class BA(bytearray):
    pass

class Arr(array.array):
    pass

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    b = BA(b'xyz')
    b.tag = proto
    c = pickle.loads(pickle.dumps(b, proto))
    print(proto, type(c).__name__, c, c.tag)
    it = iter(b'abcd')
    next(it)
    it2 = pickle.loads(pickle.dumps(it, proto))
    print(' ', list(it2), list(pickle.loads(pickle.dumps(iter(bytearray(b'qr')), proto))))
    for code, init in [('b', [-1, 2]), ('H', [65535]), ('q', [-2**63]), ('d', [1.5]), ('u', 'hi')]:
        a = array.array(code, init)
        r = pickle.loads(pickle.dumps(a, proto))
        print(' ', code, r == a, r.typecode, type(r).__name__)
    x = Arr('i', [1, 2])
    x.note = 'n'
    y = pickle.loads(pickle.dumps(x, proto))
    print(' ', type(y).__name__, y, y.note)

print(bytearray(b'ab').__reduce_ex__(2)[1], bytearray(b'ab').__reduce_ex__(3)[1], bytearray().__reduce_ex__(4)[1])
print(bytearray(b'\xff').__reduce__()[1])
r = array.array('h', [1, 2]).__reduce_ex__(3)
print(r[0].__name__, r[1][1:])
print(copy.copy(BA(b'q')), copy.deepcopy(array.array('f', [0.5])))
