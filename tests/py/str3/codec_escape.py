# unicode_escape and raw_unicode_escape, both ways, with their errors.
import codecs

for text in ['plain', 'tab\there\n', 'quote\'s "x" \\', 'é€😀\x7f\x00']:
    u = text.encode('unicode_escape')
    r = text.encode('raw_unicode_escape')
    print(u, r, u.decode('unicode_escape') == text, r.decode('raw_unicode_escape') == text)

print(b'\\x41\\101\\u00e9\\U0001F600\\N{EURO SIGN}'.decode('unicode_escape'))
print(b'a\\\nb\\\\c\\"'.decode('unicode_escape'))
print(b'\\u00e9 \\\\u00e9 \\x41'.decode('raw_unicode_escape'))
for bad in [b'\\x4', b'abc\\', b'\\u12', b'\\U00110000', b'\\N{NO SUCH NAME}', b'\\Nx']:
    try:
        bad.decode('unicode_escape')
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
    print(bad.decode('unicode_escape', 'replace'), bad.decode('unicode_escape', 'ignore'))
try:
    b'\\u12'.decode('raw_unicode_escape')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(codecs.unicode_escape_decode(b'\\n'), codecs.unicode_escape_encode('\n'))
print(codecs.raw_unicode_escape_decode(b'\\u20ac'), codecs.raw_unicode_escape_encode('€'))
dec = codecs.getincrementaldecoder('unicode_escape')()
print(repr(dec.decode(b'ab\\')), repr(dec.decode(b'u20')), repr(dec.decode(b'ac!', True)))
