import gzip

blob = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03K\xaf\xca,P\xc8M\xcdMJ-R\xc8\xcfK\xe5J\x1f\xe5\x0f+>\x00\xff\x96\xb0\xde\xe0\x01\x00\x00\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xcbM\xcdMJ-R()\xcf\x07\x00\xf7\x1a2\x13\n\x00\x00\x00'
print(gzip.decompress(blob))
data = bytes(range(256)) * 30
c = gzip.compress(data, mtime=0)
print(c[:4], c[8:10] == b'\x02\xff', gzip.decompress(c) == data)
print(gzip.decompress(gzip.compress(b'', 1, mtime=5)))
print(gzip.compress(b'abc', mtime=1234)[4:8] == (1234).to_bytes(4, 'little'))
for bad in [b'not gzip', c[:-5]]:
    try:
        gzip.decompress(bad)
    except (gzip.BadGzipFile, EOFError) as e:
        print(type(e).__name__, e)
print(issubclass(gzip.BadGzipFile, OSError))

with gzip.open('/tmp/_pipit_test.gz', 'wb') as f:
    f.write(b'line one\n')
    f.write(b'line two\n')
with open('/tmp/_pipit_test.gz', 'rb') as f:
    raw = f.read()
print(raw[:3], gzip.decompress(raw))
with gzip.open('/tmp/_pipit_test.gz') as f:
    print(f.read())
with gzip.open('/tmp/_pipit_test.gz', 'rb') as f:
    print(f.readline(), f.readline(), f.readline())
