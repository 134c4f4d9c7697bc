import json, codecs
import json.decoder, json.encoder

data = ["a\xb5\u20ac\U0001d120", {"k": 1}]
for enc, bom in [('utf-8', codecs.BOM_UTF8), ('utf-16-be', codecs.BOM_UTF16_BE),
                 ('utf-16-le', codecs.BOM_UTF16_LE), ('utf-32-be', codecs.BOM_UTF32_BE),
                 ('utf-32-le', codecs.BOM_UTF32_LE)]:
    raw = json.dumps(data).encode(enc)
    print(enc, json.loads(raw) == data, json.loads(bom + raw) == data)
print(json.loads('"\u2600"'.encode('utf-16-le')), json.loads('1'.encode('utf-16-be')))
print(json.loads(bytearray(b'[true]')))
try:
    json.loads(b'["\x80"]')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    json.loads('\ufeff[]')
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
try:
    json.loads(5)
except TypeError as e:
    print(type(e).__name__, e)
d = json.JSONDecoder()
r = d.decode('[{"a_key": 1}, {"a_key": 2}]')
print(r[0].keys() == r[1].keys(), list(r[0])[0] is list(r[1])[0], d.memo)
try:
    d.raw_decode('[1]', -1)
except ValueError as e:
    print(type(e).__name__, e)
print(json.decoder.scanstring('"ab\\n"x', 1), json.encoder.encode_basestring_ascii('\xe9"'))
print(json.decoder.JSONDecodeError is json.JSONDecodeError)
