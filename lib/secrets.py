"""Generate tokens and random choices for secrets.

The generator is seeded from the runtime's entropy source (there is no
os.urandom on every platform Pipit runs on)."""
import base64
import binascii
import random as _random

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes',
           'token_hex', 'token_urlsafe', 'compare_digest']

SystemRandom = getattr(_random, 'SystemRandom', _random.Random)
_sysrand = SystemRandom()
randbits = _sysrand.getrandbits
choice = _sysrand.choice
DEFAULT_ENTROPY = 32


def compare_digest(a, b):
    """Return a == b in time that does not depend on where they differ."""
    try:
        import hmac
        return hmac.compare_digest(a, b)
    except (ImportError, AttributeError):
        pass
    if isinstance(a, str) != isinstance(b, str):
        raise TypeError("unsupported operand types(s) or combination of "
                        "types: '%s' and '%s'" % (type(a).__name__,
                                                  type(b).__name__))
    if isinstance(a, str):
        a = a.encode('utf-8')
        b = b.encode('utf-8')
    result = len(a) ^ len(b)
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0


def randbelow(exclusive_upper_bound):
    """Return a random int in the range [0, n)."""
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    return _sysrand.randrange(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """Return a random byte string containing nbytes bytes."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return bytes(_sysrand.getrandbits(8) for _ in range(nbytes))


def token_hex(nbytes=None):
    """Return a random text string, in hexadecimal."""
    return binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string, in Base64 encoding."""
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b'=').decode('ascii')
