"""raw_unicode_escape: Latin-1, with \\uXXXX and \\UXXXXXXXX for the rest."""

import codecs
from encodings.unicode_escape import escape_encode_char, _hex_escape


def encode(input, errors='strict'):
    return ''.join([escape_encode_char(c, True) for c in input]).encode('latin-1'), len(input)


def decode_raw(data, errors, final=True):
    data = bytes(data)
    name = 'rawunicodeescape'
    out = []
    pos = 0
    n = len(data)
    while pos < n:
        k = data.find(b'\\', pos)
        if k < 0:
            out.append(data[pos:].decode('latin-1'))
            pos = n
            break
        # a run of backslashes: only an odd one escapes a following u or U
        run = k
        while run < n and data[run] == ord('\\'):
            run += 1
        out.append(data[pos:run].decode('latin-1'))
        pos = run
        if (run - k) % 2 == 0:
            continue
        if run >= n:
            if not final:
                out[-1] = out[-1][:-1]
                return ''.join(out), run - 1
            break
        c = data[run]
        if c not in (ord('u'), ord('U')):
            continue
        digits = 4 if c == ord('u') else 8
        if not final and n - run - 1 < digits:
            out[-1] = out[-1][:-1]
            return ''.join(out), run - 1
        out[-1] = out[-1][:-1]
        pos = _hex_escape(data, run + 1, digits, name,
                          'uXXXX' if digits == 4 else 'UXXXXXXXX', errors, out)
    return ''.join(out), pos


def decode(input, errors='strict'):
    return decode_raw(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return encode(input, self.errors)[0]


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        return decode_raw(input, errors, final)


StreamWriter, StreamReader = codecs._stream_classes(
    encode, lambda input, errors='strict': decode_raw(input, errors, False))


def getregentry():
    return codecs.CodecInfo(name='raw-unicode-escape', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
