"""Message digests: md5, sha1, sha224, sha256, sha384, sha512 (native cores)."""

import _hashcore

_SIZES = {
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64),
    'sha256': (32, 64), 'sha384': (48, 128), 'sha512': (64, 128),
}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac',
           'file_digest')


class _Hash:
    __slots__ = ('name', '_state')

    def __init__(self, name, data=b''):
        self.name = name
        self._state = _hashcore.new(name)
        if data:
            self.update(data)

    @property
    def digest_size(self):
        return _SIZES[self.name][0]

    @property
    def block_size(self):
        return _SIZES[self.name][1]

    def update(self, data):
        _hashcore.update(self._state, data)

    def digest(self):
        return _hashcore.digest(self._state)

    def hexdigest(self):
        return _hashcore.digest(self._state).hex()

    def copy(self):
        other = _Hash.__new__(_Hash)
        other.name = self.name
        other._state = bytearray(self._state)
        return other

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %#x>' % (self.name, id(self))


def _constructor(name):
    def construct(string=b'', *, usedforsecurity=True):
        return _Hash(name, string)
    construct.__name__ = construct.__qualname__ = 'openssl_' + name
    return construct


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError('new() argument 1 must be str, not %s' % type(name).__name__)
    key = name.lower().replace('-', '')
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + name)
    return _Hash(key, data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    import hmac
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    size = new(hash_name).digest_size
    if dklen is None:
        dklen = size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    password, salt = bytes(password), bytes(salt)
    out = bytearray()
    block = 1
    while len(out) < dklen:
        u = hmac.digest(password, salt + block.to_bytes(4, 'big'), hash_name)
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = hmac.digest(password, u, hash_name)
            acc ^= int.from_bytes(u, 'big')
        out += acc.to_bytes(size, 'big')
        block += 1
    return bytes(out[:dklen])


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
