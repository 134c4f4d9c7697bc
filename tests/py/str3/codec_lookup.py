# codecs.lookup: name normalization, search functions, CodecInfo.
import codecs
import encodings

FOUND = (1, 2, 3, 4)
def search(name):
    print('searched', name)
    return FOUND if name == 'aaa_8' else None
codecs.register(search)
for name in ['aaa_8', 'AAA-8', 'AAA   8', 'aaa\xe9-8', 'AAA.8']:
    try:
        print(name.encode('ascii', 'replace'), codecs.lookup(name) == FOUND)
    except LookupError as e:
        print('LookupError', e)
codecs.unregister(search)
try:
    codecs.lookup('aaa_8')
except LookupError as e:
    print('LookupError', e)

def bad_search(name):
    return 'not a codec' if name == 'weird' else None
codecs.register(bad_search)
try:
    codecs.lookup('weird')
except TypeError as e:
    print('TypeError', e)
codecs.unregister(bad_search)
for bad in [lambda: codecs.register(42), lambda: codecs.lookup(b'utf-8'),
            lambda: codecs.lookup()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', type(e).__name__)

print(encodings.normalize_encoding('utf_8'), encodings.normalize_encoding('UTF  8'),
      encodings.normalize_encoding('utf\xe9-8'), encodings.normalize_encoding('utf...8'))
for name in ['UTF-8', 'latin_1', 'CP1252', 'windows-1251', 'koi8_r', 'MacRoman', 'L2',
             'utf-16le', 'U7', 'idna', 'unicode-escape', 'ISO-8859-15']:
    info = codecs.lookup(name)
    print(name, info.name, isinstance(info, tuple), len(info))
info = codecs.CodecInfo(str.upper, str.lower, name='demo')
print(info.name, info[0] is str.upper, info.incrementalencoder, repr(info).startswith('<codecs.CodecInfo object for encoding demo at'))
print(codecs.getencoder('latin-1')('é'), codecs.getdecoder('utf-8')(b'\xc3\xa9'))
print(codecs.encode('x', 'utf-16-le'), codecs.decode(b'x\x00', encoding='utf-16-le'))

def tuple_search(name):
    if name == 'test.bad1':
        return (lambda s, e='strict': 42, lambda b, e='strict': 42, None, None)
    if name == 'test.bad2':
        return (lambda s, e='strict': (42, 1), lambda b, e='strict': (42, 1), None, None)
    if name == 'test.good':
        return (lambda s, e='strict': (s.upper().encode(), len(s)),
                lambda b, e='strict': (bytes(b).decode().lower(), len(b)), None, None)
    return None
codecs.register(tuple_search)
print('hi'.encode('test.good'), b'HI'.decode('test.good'), codecs.encode('ab', 'test.good'))
for call in [lambda: b'x'.decode('test.bad1'), lambda: 'x'.encode('test.bad1'),
             lambda: b'x'.decode('test.bad2'), lambda: 'x'.encode('test.bad2'),
             lambda: str(b'x', 'test.bad2')]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
codecs.unregister(tuple_search)
