import hashlib

samples = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 111,
           b'a' * 112, b'a' * 127, b'a' * 128, b'a' * 129, bytes(range(256)) * 5,
           'héllo wörld'.encode()]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    ctor = getattr(hashlib, name)
    for s in samples:
        print(name, len(s), ctor(s).hexdigest())
    h = ctor()
    print(h.name, h.digest_size, h.block_size)
    for s in samples:
        h.update(s)
    print('stream', h.hexdigest() == ctor(b''.join(samples)).hexdigest())
    c = h.copy()
    c.update(b'more')
    print('copy', h.hexdigest() != c.hexdigest(), h.digest() == ctor(b''.join(samples)).digest())
    print('new', hashlib.new(name, b'xyz').hexdigest() == ctor(b'xyz').hexdigest())
    print(type(h.digest()).__name__, len(h.digest()))

print(hashlib.sha256(bytearray(b'abc')).hexdigest())
print(hashlib.sha256(memoryview(b'abc')).hexdigest())
for bad in ['abc', 12]:
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    hashlib.new('nosuch')
except ValueError as e:
    print('ValueError', e)
print(hashlib.new('SHA256', b'x').hexdigest())
print(sorted(n for n in ['md5', 'sha1', 'sha256', 'sha512'] if n in hashlib.algorithms_available))
