# Incremental and stream codecs: UTF-16/32 byte orders, UTF-7, readers and writers.
import codecs
import io

for enc in ['utf-16', 'utf-16-be', 'utf-32', 'utf-8', 'utf-7', 'cp1252']:
    text = 'Grüße, €uro!\nline two\r\nend'
    data = text.encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    parts = [dec.decode(data[i:i + 3]) for i in range(0, len(data), 3)]
    parts.append(dec.decode(b'', True))
    print(enc, ''.join(parts) == text, len(data))
    encoder = codecs.getincrementalencoder(enc)()
    joined = b''.join(encoder.encode(c) for c in text) + encoder.encode('', True)
    print(joined.decode(enc) == text, joined[:4])

be = codecs.getincrementaldecoder('utf-16')()
print(repr(be.decode(b'\xfe')), repr(be.decode(b'\xff\x00')), repr(be.decode(b'A\x00B')))

print('Hi Mom -☺-!'.encode('utf-7'), '1 + 1 = 2'.encode('utf-7'), '~\\'.encode('utf-7'))
print(b'Hi Mom -+Jjo--!'.decode('utf-7'), b'+ZeVnLIqe-'.decode('utf-7'), b'a+-b'.decode('utf-7'))
for bad in [b'+AOkA', b'a+b']:
    try:
        bad.decode('utf-7')
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e.reason, e.start, e.end)

buf = io.BytesIO()
w = codecs.getwriter('utf-16')(buf)
w.write('ab')
w.write('c')
print(buf.getvalue())
buf.seek(0)
r = codecs.getreader('utf-16')(buf)
print(repr(r.read()))
raw = io.BytesIO('first line\nsecond ☃ line\r\nthird'.encode('utf-8'))
r = codecs.getreader('utf-8')(raw)
print([r.readline(), r.readline(keepends=False), r.read()])
raw = io.BytesIO('α\nβ\nγ'.encode('cp1253'))
print(list(codecs.getreader('cp1253')(raw)))
srw = codecs.StreamReaderWriter(io.BytesIO(b'caf\xe9'), *codecs.lookup('latin-1')[2:4])
print(srw.read(), type(srw).__name__)
print(list(codecs.iterdecode([b'\xe2\x82', b'\xac', b'!'], 'utf-8')))
print(list(codecs.iterencode(['a', 'é'], 'utf-16-le')))
