# json: dumps options, loads edge cases and errors.
import json
from decimal import Decimal

obj = {'b': [1, 2.5, None, True, False], 'a': 'caf\u00e9 \u2603', 'c': {'x': -0.0}}
print(json.dumps(obj))
print(json.dumps(obj, sort_keys=True, indent=2, ensure_ascii=False))
print(json.dumps(obj, separators=(',', ':'), sort_keys=True))
print(json.dumps([1e100, 1.5e-7, float('inf')], allow_nan=True))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
print(json.loads('{"a": [1, 2.0, "x\\u00e9\\n"], "b": null}'))
print(json.loads('1.5', parse_float=Decimal), json.loads('12', parse_int=float))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"a": 1, "a": 2}'),
      json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
for bad in ['{"a" 1}', '[1, 2', '', '{"a": 1,}', '"abc', 'tru']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e.msg, e.pos, e.lineno, e.colno)
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}))
class P:
    pass
try:
    json.dumps(P())
except TypeError as e:
    print('TypeError', e)
print(json.dumps(P(), default=lambda o: 'P'))
