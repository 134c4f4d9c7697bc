# One-byte codecs: round trips, undefined bytes, error handlers.
import codecs

samples = {
    'cp1252': 'Grüße – “quoted” €5',
    'cp437': 'Ç ü é ░▒▓ │┤',
    'cp1251': 'Привет, мир',
    'iso8859-15': 'Œuvre €',
    'mac-roman': 'Café ∞ π',
    'koi8-r': 'Съешь же ещё',
    'cp850': 'Ñandú',
    'iso8859_7': 'Καλημέρα',
    'latin9': 'ça €',
    'windows-1250': 'Łódź',
}
for enc, text in samples.items():
    b = text.encode(enc)
    back = b.decode(enc)
    print(enc, codecs.lookup(enc).name, b, back == text)

print(b'\x80\x81\x8d'.decode('cp1252', 'replace'))
print(b'abc\x81'.decode('cp1252', 'ignore'))
print(b'\x81'.decode('cp1252', 'backslashreplace'))
for bad in [lambda: b'a\x81b'.decode('cp1252'),
            lambda: 'a\u0100b'.encode('cp1252'),
            lambda: 'xy\u4e00\u4e01z'.encode('koi8_r')]:
    try:
        bad()
    except UnicodeError as e:
        print(type(e).__name__, e, e.start, e.end)
print('a\u0100b'.encode('cp1252', 'replace'))
print('a\u0100b'.encode('cp1252', 'xmlcharrefreplace'))
print('a\u0100b'.encode('cp1252', 'backslashreplace'))
print('€\u0100'.encode('cp1252', 'namereplace'))
print(codecs.encode('ŽŸ', 'cp1252'), codecs.decode(b'\x8e\x9f', 'cp1252'))
print(codecs.charmap_decode(b'\x00\x01', 'strict', 'xy'))
print(codecs.charmap_encode('yx', 'strict', {ord('x'): 1, ord('y'): 0}))
enc = codecs.getincrementalencoder('cp1251')()
print(enc.encode('При'), enc.encode('вет', True))
dec = codecs.getincrementaldecoder('cp437')()
print(dec.decode(b'\xb0\xb1'), dec.decode(b'\xb2', True))
for name in ['nonexistent-codec', 'cp9999']:
    try:
        codecs.lookup(name)
    except LookupError as e:
        print('LookupError', e)
try:
    'x'.encode('cp9999')
except LookupError as e:
    print('LookupError', e)
