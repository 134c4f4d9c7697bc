"""json.decoder: the decoder classes, defined in the json package."""

from json import JSONDecoder, JSONDecodeError, _scan_string

__all__ = ['JSONDecoder', 'JSONDecodeError']


def scanstring(s, end, strict=True):
    if isinstance(end, int) and not -2**63 <= end < 2**63:
        raise OverflowError('Python int too large to convert to C ssize_t')
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %s'
                        % type(s).__name__)
    return _scan_string(s, end, strict)
