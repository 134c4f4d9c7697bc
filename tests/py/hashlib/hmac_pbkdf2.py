import hashlib, hmac

key = b'key'
msg = b'The quick brown fox jumps over the lazy dog'
for d in ['md5', 'sha1', 'sha256', 'sha512']:
    print(d, hmac.new(key, msg, d).hexdigest())
    print(d, hmac.digest(key, msg, d).hex())
h = hmac.new(b'k' * 200, digestmod=hashlib.sha256)
h.update(b'part1')
c = h.copy()
h.update(b'part2')
print(h.name, h.digest_size, h.block_size)
print(h.hexdigest())
print(c.hexdigest())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'),
      hmac.compare_digest('abc', 'abc'))
try:
    hmac.new(b'k', b'm')
except TypeError as e:
    print('TypeError', e)
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 100).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 30).hex())
