import json
from collections import OrderedDict

print(json.dumps({"b": 1, "a": [1, 2.5, None, True, "x\u00e9\n"]}, sort_keys=True))
print(json.dumps({"a": 1, "b": [1, 2]}, indent=2))
print(json.dumps([1, 2], separators=(",", ":")))
print(json.dumps("\u00e9\U0001f600", ensure_ascii=False), json.dumps("\U0001f600"))
print(json.dumps({1: 2, 2.5: 3, None: 4, True: 5}))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-0.0))
for v in [float("inf")]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({(1, 2): 3}, skipkeys=True))
try:
    json.dumps(object)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps(object(), default=lambda o: "obj"))

print(json.loads('{"a": [1, 2.5, -3e2, null, true, false, "\\u00e9\\ud83d\\ude00"]}'))
print(json.loads('[1, 2]', object_pairs_hook=OrderedDict))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=OrderedDict))
print(json.loads('1.5', parse_float=str), json.loads('15', parse_int=float))
print(json.loads('NaN'), json.loads('-Infinity'))
print(json.loads(b'{"x": 1}'))
for bad in ['', '[1,]', '{"a" 1}', '[1 2]', '"abc', '{"a": 1}x', 'tru', '{1: 2}', '[', '"\\x"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno)
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'))
print("".join(json.JSONEncoder(indent=1).iterencode([1, {"a": None}])))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=E))
try:
    a = []
    a.append(a)
    json.dumps(a)
except ValueError as e:
    print(type(e).__name__, e)
