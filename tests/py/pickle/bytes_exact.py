# The exact bytes of pickles of plain data, every protocol (CPython's format).
import pickle, difflib

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, 2 ** 31 - 1, -2 ** 31,
          2 ** 31, 2 ** 64, -2 ** 70, 1.5, -0.0, float('inf'), '', 'abc', 'héllo\n\\',
          b'', b'bytes', bytearray(b'ba'), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
          [], [1, [2, 3]], {}, {'a': 1, 'b': [1, 2]}, set(), {1}, frozenset(), frozenset({2}),
          [1] * 3, list(range(1005)), 'x' * 300, len, difflib.SequenceMatcher, type(None), complex(1, 2)]
for proto in range(6):
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        ok = back == v or (v != v)
        print(proto, repr(v)[:40], ok, data if len(data) < 120 else (len(data), data[:60]))
shared = [1, 2]
obj = [shared, shared, (shared,)]
for proto in range(6):
    data = pickle.dumps(obj, proto)
    back = pickle.loads(data)
    print(proto, data, back[0] is back[1] is back[2][0])
rec = []
rec.append(rec)
for proto in range(6):
    back = pickle.loads(pickle.dumps(rec, proto))
    print(proto, back[0] is back)
d = {}
d['self'] = d
print(pickle.loads(pickle.dumps(d))['self'] is not None)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
