"""unicode_escape: text as Python string-literal escapes (Latin-1 otherwise)."""

import codecs

_SIMPLE = {ord('\\'): '\\', ord("'"): "'", ord('"'): '"', ord('a'): '\a',
           ord('b'): '\b', ord('f'): '\f', ord('n'): '\n', ord('r'): '\r',
           ord('t'): '\t', ord('v'): '\v', ord('\n'): ''}
_HEX = b'0123456789abcdefABCDEF'


def escape_encode_char(c, raw):
    n = ord(c)
    if raw:
        if n < 0x100:
            return c
    elif c == '\\':
        return '\\\\'
    elif c == '\t':
        return '\\t'
    elif c == '\n':
        return '\\n'
    elif c == '\r':
        return '\\r'
    elif 0x20 <= n < 0x7f:
        return c
    elif n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


def encode(input, errors='strict'):
    return ''.join([escape_encode_char(c, False) for c in input]).encode('latin-1'), len(input)


def _hex_escape(data, pos, digits, name, what, errors, out):
    # data[pos] follows the x, u or U; returns the position after the escape
    end = pos
    while end < len(data) and end < pos + digits and data[end] in _HEX:
        end += 1
    start = pos - 2
    if end - pos < digits:
        return _error(data, start, end, 'truncated \\%s escape' % what, name, errors, out)
    n = int(data[pos:end], 16)
    if n > 0x10FFFF:
        return _error(data, start, end, 'illegal Unicode character', name, errors, out)
    out.append(chr(n))
    return end


def _error(data, start, end, reason, name, errors, out):
    exc = UnicodeDecodeError(name, data, start, end, reason)
    rep, pos = codecs._call_handler(codecs.lookup_error(errors), exc, len(data))
    out.append(rep)
    return pos


def _named_escape(data, pos, name, errors, out):
    # data[pos] follows the N
    start = pos - 2
    close = data.find(b'}', pos)
    if pos >= len(data) or data[pos] != ord('{') or close < 0 or close == pos + 1:
        end = len(data) if close < 0 or pos >= len(data) or data[pos] != ord('{') else close + 1
        if pos < len(data) and data[pos] != ord('{'):
            end = pos
        return _error(data, start, end, 'malformed \\N character escape', name, errors, out)
    import unicodedata
    try:
        out.append(unicodedata.lookup(data[pos + 1:close].decode('latin-1')))
    except KeyError:
        return _error(data, start, close + 1, 'unknown Unicode character name',
                      name, errors, out)
    return close + 1


def decode_escapes(data, errors, final=True):
    data = bytes(data)
    name = 'unicodeescape'
    out = []
    pos = 0
    n = len(data)
    while pos < n:
        k = data.find(b'\\', pos)
        if k < 0:
            out.append(data[pos:].decode('latin-1'))
            pos = n
            break
        out.append(data[pos:k].decode('latin-1'))
        if k + 1 >= n:
            if not final:
                return ''.join(out), k
            pos = _error(data, k, n, '\\ at end of string', name, errors, out)
            continue
        c = data[k + 1]
        pos = k + 2
        if c in _SIMPLE:
            out.append(_SIMPLE[c])
        elif 0x30 <= c <= 0x37:
            end = pos
            while end < n and end < k + 4 and 0x30 <= data[end] <= 0x37:
                end += 1
            out.append(chr(int(data[k + 1:end], 8)))
            pos = end
        elif c in (ord('x'), ord('u'), ord('U')):
            digits = {ord('x'): 2, ord('u'): 4, ord('U'): 8}[c]
            if not final and n - pos < digits:
                return ''.join(out), k
            pos = _hex_escape(data, pos, digits, name, 'xXX' if digits == 2 else
                              'uXXXX' if digits == 4 else 'UXXXXXXXX', errors, out)
        elif c == ord('N'):
            if not final and data.find(b'}', pos) < 0:
                return ''.join(out), k
            pos = _named_escape(data, pos, name, errors, out)
        else:
            out.append('\\' + chr(c))
    return ''.join(out), pos


def decode(input, errors='strict'):
    return decode_escapes(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return encode(input, self.errors)[0]


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        return decode_escapes(input, errors, final)


StreamWriter, StreamReader = codecs._stream_classes(
    encode, lambda input, errors='strict': decode_escapes(input, errors, False))


def getregentry():
    return codecs.CodecInfo(name='unicode-escape', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
