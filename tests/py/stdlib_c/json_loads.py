import json
from collections import OrderedDict

print(json.loads('{"a": 1, "b": [1, 2.5, null, true, false], "c": "x\\"y"}'))
print(json.loads(' [1, -2, 3.5e2, -0.5E-1, 0, 1e5, 12345678901234567890] '))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\t\\/\\\\\\b\\f\\r"'))
print(json.loads('"\\ud83d x"') == '\ud83d x')
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads(b'[1, "\xc3\xa9"]'))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN]', parse_constant=lambda s: 'const:' + s))
print(json.loads('"a\tb"', strict=False))
print(json.loads('{}'), json.loads('[]'), json.loads('""'), json.loads('  7 '))
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] extra'))
print(d.decode('{"k": [true]}'))
import io
print(json.load(io.StringIO('{"z": [1, {"q": null}]}')))
print(issubclass(json.JSONDecodeError, ValueError))
