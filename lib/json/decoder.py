"""json.decoder: the decoder classes, defined in the json package."""

from json import JSONDecoder, JSONDecodeError, _scan_string

__all__ = ['JSONDecoder', 'JSONDecodeError']


def scanstring(s, end, strict=True):
    return _scan_string(s, end, strict)
