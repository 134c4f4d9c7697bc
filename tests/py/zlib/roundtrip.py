import zlib

samples = [b'', b'a', b'ab' * 3, bytes(range(256)), b'hello world ' * 500,
           bytes((i * 7 + i // 3) % 251 for i in range(70000)), b'\0' * 100000]
for s in samples:
    for level in [-1, 0, 1, 5, 6, 9]:
        for wbits in [15, 9, -15, 31]:
            c = zlib.compress(s, level, wbits)
            if zlib.decompress(c, wbits) != s:
                print('mismatch', len(s), level, wbits)
    print(len(s), 'ok', len(zlib.compress(s)) < len(s) + 20)
print(zlib.compress(b'')[:2], zlib.compress(b'', 9)[:2], zlib.compress(b'', 1)[:2])
print(zlib.compress(b'x', wbits=31)[:3])

# compressobj in pieces, with a sync flush in the middle
co = zlib.compressobj(6)
parts = [co.compress(b'first part, '), co.flush(zlib.Z_SYNC_FLUSH)]
do = zlib.decompressobj()
print(do.decompress(b''.join(parts)))
parts2 = [co.compress(b'second part'), co.flush()]
print(do.decompress(b''.join(parts2)), do.eof)
print(zlib.decompress(b''.join(parts + parts2)))

# checksums
for s in [b'', b'a', b'hello', bytes(range(256)) * 100]:
    print(zlib.crc32(s), zlib.adler32(s), zlib.crc32(s, 12345), zlib.adler32(s, 777))
print(zlib.crc32(b'abc', -1), zlib.crc32(memoryview(b'abc')), zlib.crc32(bytearray(b'abc')))
crc = 0
for chunk in [b'hel', b'lo ', b'world']:
    crc = zlib.crc32(chunk, crc)
print(crc == zlib.crc32(b'hello world'))

# max_length
do = zlib.decompressobj()
c = zlib.compress(b'0123456789' * 10)
first = do.decompress(c, 5)
print(first, do.eof, bool(do.unconsumed_tail))
chunks = [first]
tail = do.unconsumed_tail
while tail:
    chunks.append(do.decompress(tail, 7))
    tail = do.unconsumed_tail
chunks.append(do.flush())
print(b''.join(chunks) == b'0123456789' * 10, do.eof, max(map(len, chunks)))
for bad in [lambda: zlib.compress(b'x', 10), lambda: zlib.compressobj(wbits=99),
            lambda: zlib.decompress(b'x', bufsize=-1)]:
    try:
        bad()
    except (zlib.error, ValueError) as e:
        print(type(e).__name__, e)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION)
print(issubclass(zlib.error, Exception), zlib.error.__module__)
