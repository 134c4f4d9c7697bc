"""idna (RFC 3490): domain names with non-ASCII labels as xn--punycode.

Labels are prepared with NFKC and case folding, a simplification of the
full nameprep profile."""

import codecs
import unicodedata
from encodings.punycode import punycode_encode, punycode_decode

_DOTS = ('.', '\u3002', '\uff0e', '\uff61')
_PREFIX = b'xn--'


def nameprep(label):
    return unicodedata.normalize('NFKC', label.casefold())


def ToASCII(label):
    try:
        raw = label.encode('ascii')
    except UnicodeError:
        pass
    else:
        if 0 < len(raw) < 64:
            return raw
        raise UnicodeError('label empty or too long')
    label = nameprep(label)
    try:
        raw = label.encode('ascii')
    except UnicodeError:
        pass
    else:
        if 0 < len(raw) < 64:
            return raw
        raise UnicodeError('label empty or too long')
    if label.startswith('xn--'):
        raise UnicodeError('Label starts with ACE prefix')
    raw = _PREFIX + punycode_encode(label)
    if 0 < len(raw) < 64:
        return raw
    raise UnicodeError('label empty or too long')


def ToUnicode(label):
    if isinstance(label, (bytes, bytearray)):
        raw = bytes(label)
    else:
        try:
            raw = label.encode('ascii')
        except UnicodeError:
            raw = nameprep(label).encode('ascii')
    if not raw.lower().startswith(_PREFIX):
        return raw.decode('ascii')
    result = punycode_decode(raw[len(_PREFIX):], 'strict')
    if ToASCII(result).lower() != raw.lower():
        raise UnicodeError('IDNA does not round-trip', raw, ToASCII(result))
    return result


def _split(text):
    for dot in _DOTS[1:]:
        text = text.replace(dot, '.')
    return text.split('.')


def encode(input, errors='strict'):
    if errors != 'strict':
        raise UnicodeError('unsupported error handling ' + errors)
    if not input:
        return b'', 0
    labels = _split(input)
    trailing = b''
    if labels and not labels[-1]:
        trailing = b'.'
        del labels[-1]
    return b'.'.join(ToASCII(label) for label in labels) + trailing, len(input)


def decode(input, errors='strict'):
    if errors != 'strict':
        raise UnicodeError('Unsupported error handling ' + errors)
    if not input:
        return '', 0
    text = input if isinstance(input, str) else str(bytes(input), 'ascii')
    labels = text.split('.')
    trailing = ''
    if labels and not labels[-1]:
        trailing = '.'
        del labels[-1]
    return '.'.join(ToUnicode(label) for label in labels) + trailing, len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return decode(input, self.errors)[0]


StreamWriter, StreamReader = codecs._stream_classes(encode, decode)


def getregentry():
    return codecs.CodecInfo(name='idna', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
