import json
from json.decoder import JSONDecodeError, scanstring
from json.encoder import JSONEncoder, encode_basestring_ascii, encode_basestring
import json.decoder

print(JSONDecodeError is json.JSONDecodeError, JSONEncoder is json.JSONEncoder)
print(scanstring('"abc\\n" tail', 1), encode_basestring_ascii('\xe9"'), encode_basestring('\xe9\n'))
print(json.dumps(10**30), json.dumps(-(10**30)), json.dumps(1e100), json.dumps(1e-5), json.dumps(123456789.125))
print(json.dumps({10: 1, 2: 2}, sort_keys=True))
try:
    json.dumps({1: 1, 'a': 2}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
print(json.dumps({'a': [], 'b': {}, 'c': [[]]}, indent=3, separators=(',', ' = ')))
print(json.dumps([[1, 2], [3, [4, {}]]], indent=1))

class S(str):
    pass

class D(dict):
    pass

class L(list):
    pass

class F(float):
    def __repr__(self):
        return 'F!'

print(json.dumps({S('k'): S('v')}), json.dumps(D(x=L([1, 2]))), json.dumps([F(1.5)]))
print(json.dumps([1, 2], indent=None, separators=(';', '=')))
print(json.dumps('\u2028\u2029\ud800', ensure_ascii=True), ascii(json.dumps('\ud800', ensure_ascii=False)))
x = [1]
print(json.dumps([x, x]))
print(json.dumps([{'a': 1}] * 2, check_circular=False))
e = json.JSONEncoder(sort_keys=True, indent=2)
print(list(e.iterencode({'b': 1})) != [], e.encode({'b': [1], 'a': None}))
text = json.dumps({'nested': [{'k': [1.25, 'two', None]}], 'u': '\u00fc'}, indent=4)
print(json.loads(text))
print(json.loads('[' * 50 + ']' * 50))
print(json.loads('{"a" :  [ 1 , 2 ] , "b":{ } }'))
print(json.loads('"\\uD834\\uDD1E"') == '\U0001d11e', json.loads('1E+2'), json.loads('-0'), json.loads('-0.0'))
