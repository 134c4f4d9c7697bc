"""json.encoder: the encoder class, defined in the json package."""

from json import JSONEncoder, _encode_string

__all__ = ['JSONEncoder']


def encode_basestring(s):
    return _encode_string(s, False)


def encode_basestring_ascii(s):
    return _encode_string(s, True)
