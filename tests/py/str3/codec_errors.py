# codecs.register_error / lookup_error and the built-in handlers.
import codecs

def handler(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('<%d-%d>' % (exc.start, exc.end), exc.end)
    return ('[%s]' % exc.object[exc.start:exc.end].hex(), exc.end)

codecs.register_error('test.angle', handler)
print(codecs.lookup_error('test.angle') is handler)
print('aé€b'.encode('ascii', 'test.angle'))
print('aé€b'.encode('latin-1', 'test.angle'))
print(b'a\xff\xfeb'.decode('ascii', 'test.angle'))
print(b'a\xffb\xc3'.decode('utf-8', 'test.angle'))
print('a\u0100'.encode('cp1252', 'test.angle'))

def skipper(exc):
    return ('', exc.end + 1)
codecs.register_error('test.skip', skipper)
print('ab\xffcd'.encode('ascii', 'test.skip'))

def bad_return(exc):
    return 42
codecs.register_error('test.bad', bad_return)
for call in [lambda: 'é'.encode('ascii', 'test.bad'),
             lambda: b'\xff'.decode('ascii', 'test.bad'),
             lambda: 'é'.encode('ascii', 'no.such.handler'),
             lambda: codecs.lookup_error('no.such.handler'),
             lambda: codecs.register_error('x', 42)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

print('x'.encode('ascii', 'no.such.handler'))   # handler not needed
for name in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace',
             'namereplace', 'surrogateescape', 'surrogatepass']:
    print(name, codecs.lookup_error(name).__name__)

exc = UnicodeEncodeError('ascii', 'aé€\U0001f600', 1, 4, 'ouch')
print(codecs.replace_errors(exc), codecs.ignore_errors(exc))
print(codecs.backslashreplace_errors(exc), codecs.xmlcharrefreplace_errors(exc))
print(codecs.namereplace_errors(exc))
dexc = UnicodeDecodeError('utf-8', b'a\xff\xfe', 1, 3, 'bad')
print(codecs.replace_errors(dexc), codecs.backslashreplace_errors(dexc))
print(codecs.lookup_error('surrogateescape')(dexc))
try:
    codecs.xmlcharrefreplace_errors(dexc)
except TypeError as e:
    print('TypeError', e)
try:
    codecs.strict_errors(dexc)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(b'\xff\xfe'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
print('\ud800'.encode('utf-8', 'surrogatepass'), b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass') == '\ud800')
