import json

print(json.dumps({'a': 1, 'b': [1, 2.5, None, True, False], 'c': 'x"y\\z\n'}))
print(json.dumps([1e16, 0.1, -0.0, 1.5e-7, 10**20, 3.0]))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', False: 'd', None: 'e'}))
print(json.dumps('h\u00e9llo \u20ac \U0001f600 \x01\x1f\x7f'))
print(json.dumps('h\u00e9llo \u20ac \U0001f600', ensure_ascii=False))
print(json.dumps((1, (2, 3))), json.dumps([]), json.dumps({}), json.dumps(''))
print(json.dumps({'b': 1, 'a': {'d': 2, 'c': 3}}, sort_keys=True))
print(json.dumps({'a': [1, 2, {'b': []}], 'c': {}}, indent=2))
print(json.dumps([1, [2, 3]], indent='\t'))
print(json.dumps([1, {'x': 2}], indent=0))
print(json.dumps({'a': [1, 2]}, separators=(',', ':')))
print(json.dumps([float('nan'), float('inf'), float('-inf')]))
print(json.dumps({float('inf'): 1}))
print(json.dumps({'a': 1, (1, 2): 2}, skipkeys=True))
print(json.dumps({'s': {1, 2}}, default=sorted))
for bad in [{1, 2}, b'x', object]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    json.dumps({(1,): 2})
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps([float('nan')], allow_nan=False)
except ValueError as e:
    print('ValueError', e)
a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print('ValueError', e)
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError', e)

class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)

print(json.dumps([1j, 2], cls=E))
print(E(indent=1).encode({'k': 2 + 3j}))
try:
    json.dumps(set(), cls=E)
except TypeError as e:
    print('TypeError', e)

class I(int):
    pass

print(json.dumps([I(5), True, 1.0]))
import io
f = io.StringIO()
json.dump({'x': [1, 2]}, f, indent=1)
print(f.getvalue())
