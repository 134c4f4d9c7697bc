"""utf-7 (RFC 2152): Unicode in 7-bit ASCII, other characters as modified
base64 of their UTF-16 code units between '+' and an optional '-'."""

import codecs

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {ord(c): i for i, c in enumerate(_B64)}
# written as themselves: RFC 2152's sets D and O, space, tab, CR, LF
_DIRECT = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'(),-./:?"
    ' \t\r\n!"#$%&*;<=>@[]^_`{|}')


def _units(c):
    n = ord(c)
    if n < 0x10000:
        return (n,)
    n -= 0x10000
    return (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF))


def utf7_encode(text):
    out = []
    bits = nbits = 0
    shifted = False
    for c in text:
        if c in _DIRECT:
            if shifted:
                if nbits:
                    out.append(_B64[(bits << (6 - nbits)) & 0x3F])
                    bits = nbits = 0
                if c in _B64 or c == '-':
                    out.append('-')
                shifted = False
            out.append(c)
            continue
        if c == '+' and not shifted:
            out.append('+-')
            continue
        if not shifted:
            out.append('+')
            shifted = True
        for unit in _units(c):
            bits = (bits << 16) | unit
            nbits += 16
            while nbits >= 6:
                nbits -= 6
                out.append(_B64[(bits >> nbits) & 0x3F])
            bits &= (1 << nbits) - 1
    if shifted:
        if nbits:
            out.append(_B64[(bits << (6 - nbits)) & 0x3F])
        out.append('-')
    return ''.join(out).encode('ascii')


def _fail(data, start, end, reason, errors, out):
    exc = UnicodeDecodeError('utf7', data, start, end, reason)
    rep, pos = codecs._call_handler(codecs.lookup_error(errors), exc, len(data))
    out.append(rep)
    return pos


def utf7_decode(data, errors='strict', final=True):
    data = bytes(data)
    out = []
    n = len(data)
    pos = 0
    while pos < n:
        b = data[pos]
        if b != ord('+'):
            if b >= 0x80:
                pos = _fail(data, pos, pos + 1, 'unexpected special character', errors, out)
                continue
            out.append(chr(b))
            pos += 1
            continue
        start = pos
        pos += 1
        if pos < n and data[pos] == ord('-'):
            out.append('+')
            pos += 1
            continue
        bits = nbits = 0
        high = None
        chars = []
        while pos < n and data[pos] in _B64_VALUE:
            bits = (bits << 6) | _B64_VALUE[data[pos]]
            nbits += 6
            pos += 1
            if nbits >= 16:
                nbits -= 16
                unit = (bits >> nbits) & 0xFFFF
                bits &= (1 << nbits) - 1
                if high is not None:
                    if 0xDC00 <= unit <= 0xDFFF:
                        chars.append(chr(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)))
                        high = None
                        continue
                    chars.append(chr(high))
                    high = None
                if 0xD800 <= unit <= 0xDBFF:
                    high = unit
                else:
                    chars.append(chr(unit))
        if pos >= n and not final:
            return ''.join(out), start
        if high is not None:
            chars.append(chr(high))
        out.append(''.join(chars))
        leftover = nbits >= 6 or (bits and nbits)
        if pos >= n:
            if leftover:
                pos = _fail(data, start, n, 'unterminated shift sequence', errors, out)
            continue
        if leftover:
            reason = ('partial character in shift sequence' if nbits >= 6
                      else 'non-zero padding bits in shift sequence')
            pos = _fail(data, start, pos + 1, reason, errors, out)
            continue
        if data[pos] == ord('-'):
            pos += 1
    return ''.join(out), pos


def encode(input, errors='strict'):
    return utf7_encode(input), len(input)


def decode(input, errors='strict', final=True):
    return utf7_decode(input, errors, final)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return utf7_encode(input)


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        return utf7_decode(input, errors, final)


StreamWriter, StreamReader = codecs._stream_classes(
    encode, lambda input, errors='strict': utf7_decode(input, errors, False))


def getregentry():
    return codecs.CodecInfo(name='utf-7', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
