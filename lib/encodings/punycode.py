"""punycode (RFC 3492): Unicode labels as ASCII, for internationalized
domain names."""

import codecs

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_INITIAL_BIAS, _INITIAL_N = 72, 0x80
_DIGITS = b'abcdefghijklmnopqrstuvwxyz0123456789'


def _adapt(delta, first, numchars):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // numchars
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _threshold(k, bias):
    t = k - bias
    return _TMIN if t < _TMIN else _TMAX if t > _TMAX else t


def _encode_number(q, bias, out):
    k = _BASE
    while True:
        t = _threshold(k, bias)
        if q < t:
            out.append(_DIGITS[q])
            return
        out.append(_DIGITS[t + (q - t) % (_BASE - t)])
        q = (q - t) // (_BASE - t)
        k += _BASE


def punycode_encode(text):
    basic = bytes(ord(c) for c in text if ord(c) < 0x80)
    out = bytearray(basic)
    if basic:
        out.append(ord('-'))
    codes = [ord(c) for c in text]
    n, delta, bias = _INITIAL_N, 0, _INITIAL_BIAS
    handled = len(basic)
    while handled < len(codes):
        m = min(c for c in codes if c >= n)
        delta += (m - n) * (handled + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                _encode_number(delta, bias, out)
                bias = _adapt(delta, handled == len(basic), handled + 1)
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return bytes(out)


def _digit_value(b, errors, pos):
    if 0x41 <= b <= 0x5A:
        return b - 0x41
    if 0x61 <= b <= 0x7A:
        return b - 0x61
    if 0x30 <= b <= 0x39:
        return b - 22
    if errors == 'strict':
        raise UnicodeError('Invalid extended code point \'%s\'' % chr(b))
    return None


def punycode_decode(data, errors):
    if isinstance(data, str):
        data = data.encode('ascii')
    data = bytes(data)
    cut = data.rfind(b'-')
    if cut < 0:
        chars, ext = [], data
    else:
        chars = list(data[:cut].decode('ascii', errors))
        ext = data[cut + 1:]
    n, i, bias = _INITIAL_N, 0, _INITIAL_BIAS
    pos = 0
    while pos < len(ext):
        old_i, w, k = i, 1, _BASE
        while True:
            if pos >= len(ext):
                if errors == 'strict':
                    raise UnicodeError('incomplete punicode string')
                return ''.join(chars)
            digit = _digit_value(ext[pos], errors, pos)
            pos += 1
            if digit is None:
                return ''.join(chars)
            i += digit * w
            t = _threshold(k, bias)
            if digit < t:
                break
            w *= _BASE - t
            k += _BASE
        bias = _adapt(i - old_i, old_i == 0, len(chars) + 1)
        n += i // (len(chars) + 1)
        if n > 0x10FFFF:
            if errors == 'strict':
                raise UnicodeError('Invalid character U+%x' % n)
            n = ord('?')
        i %= len(chars) + 1
        chars.insert(i, chr(n))
        i += 1
    return ''.join(chars)


def encode(input, errors='strict'):
    return punycode_encode(input), len(input)


def decode(input, errors='strict'):
    if errors not in ('strict', 'replace', 'ignore'):
        raise UnicodeError('Unsupported error handling ' + errors)
    return punycode_decode(input, errors), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return punycode_encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        if self.errors not in ('strict', 'replace', 'ignore'):
            raise UnicodeError('Unsupported error handling ' + self.errors)
        return punycode_decode(input, self.errors)


StreamWriter, StreamReader = codecs._stream_classes(encode, decode)


def getregentry():
    return codecs.CodecInfo(name='punycode', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
