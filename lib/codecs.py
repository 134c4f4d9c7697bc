"""codecs: encoder and decoder lookup over str.encode and bytes.decode."""

__all__ = ['register', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE', 'BOM_LE',
           'BOM32_BE', 'BOM32_LE', 'BOM64_BE', 'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16',
           'BOM_UTF16_LE', 'BOM_UTF16_BE', 'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE',
           'CodecInfo', 'Codec', 'IncrementalEncoder', 'IncrementalDecoder',
           'StreamReader', 'StreamWriter', 'StreamReaderWriter', 'StreamRecoder',
           'getencoder', 'getdecoder', 'getincrementalencoder', 'getincrementaldecoder',
           'getreader', 'getwriter', 'encode', 'decode', 'iterencode', 'iterdecode',
           'strict_errors', 'ignore_errors', 'replace_errors', 'xmlcharrefreplace_errors',
           'backslashreplace_errors', 'namereplace_errors', 'register_error', 'lookup_error']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE

_ALIASES = {
    'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
    'utf_8': 'utf-8', 'utf8_sig': 'utf-8-sig', 'utf_8_sig': 'utf-8-sig',
    'latin1': 'latin-1', 'latin_1': 'latin-1', 'iso8859_1': 'latin-1', 'iso_8859_1': 'latin-1',
    'l1': 'latin-1', '8859': 'latin-1', 'cp819': 'latin-1',
    'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii',
    'utf16': 'utf-16', 'utf_16': 'utf-16', 'utf_16_le': 'utf-16-le', 'utf_16le': 'utf-16-le',
    'utf_16_be': 'utf-16-be', 'utf_16be': 'utf-16-be',
    'utf32': 'utf-32', 'utf_32': 'utf-32', 'utf_32_le': 'utf-32-le', 'utf_32le': 'utf-32-le',
    'utf_32_be': 'utf-32-be', 'utf_32be': 'utf-32-be',
}

_CODEC_NAMES = {'utf-8': 'utf-8', 'utf-8-sig': 'utf-8-sig', 'latin-1': 'iso8859-1',
                'ascii': 'ascii', 'utf-16': 'utf-16', 'utf-16-le': 'utf-16-le',
                'utf-16-be': 'utf-16-be', 'utf-32': 'utf-32', 'utf-32-le': 'utf-32-le',
                'utf-32-be': 'utf-32-be'}


def _normalize(encoding):
    key = encoding.strip().lower().replace('-', '_').replace(' ', '_')
    return _ALIASES.get(key, key.replace('_', '-'))


class CodecInfo(tuple):
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None, *,
                _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return '<%s.%s object for encoding %s at %#x>' % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


def _make_codec(name):
    def enc(input, errors='strict'):
        return input.encode(name, errors), len(input)

    def dec(input, errors='strict', final=True):
        return _decode_part(bytes(input), name, errors, final)

    bom_width = {'utf-16': 2, 'utf-32': 4}.get(name)

    class Encoder(IncrementalEncoder):
        # a BOM first, then the little-endian form
        _started = False

        def encode(self, input, final=False):
            if bom_width and self._started:
                return input.encode(name + '-le', self.errors)
            self._started = True
            return input.encode(name, self.errors)

        def reset(self):
            self._started = False

        def getstate(self):
            return 0 if self._started else 2

        def setstate(self, state):
            self._started = not state

    class Decoder(BufferedIncrementalDecoder):
        _order = None         # the UTF-16/32 byte order, once known

        def _buffer_decode(self, input, errors, final):
            if not bom_width:
                return dec(input, errors, final)
            skip = 0
            if self._order is None:
                if len(input) < bom_width and not final:
                    return '', 0
                head = input[:bom_width]
                if head in (BOM_UTF16_BE, BOM_UTF32_BE):
                    self._order, skip = '-be', bom_width
                elif head in (BOM_UTF16_LE, BOM_UTF32_LE):
                    self._order, skip = '-le', bom_width
                else:
                    self._order = '-le'
            text, used = _decode_part(input[skip:], name + self._order, errors, final)
            return text, used + skip

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._order = None

    class Writer(StreamWriter):
        _started = False

        def encode(self, input, errors='strict'):
            if bom_width and self._started:
                return input.encode(name + '-le', errors), len(input)
            self._started = True
            return enc(input, errors)

        def reset(self):
            self._started = False

    class Reader(StreamReader):
        def decode(self, input, errors='strict'):
            if not bom_width:
                return dec(input, errors, False)
            decoder = getattr(self, '_decoder', None)
            if decoder is None:
                decoder = self._decoder = Decoder(errors)
            return decoder._buffer_decode(input, errors, False)

        def reset(self):
            StreamReader.reset(self)
            self._decoder = None

    Writer.__name__ = Writer.__qualname__ = 'StreamWriter'
    Reader.__name__ = Reader.__qualname__ = 'StreamReader'
    return CodecInfo(enc, lambda input, errors='strict': dec(input, errors),
                     incrementalencoder=Encoder, incrementaldecoder=Decoder,
                     streamreader=Reader, streamwriter=Writer,
                     name=_CODEC_NAMES.get(name, name))


def _decode_part(data, name, errors, final):
    if final:
        return data.decode(name, errors), len(data)
    return _decode_prefix(data, name, errors)


def _decode_prefix(data, name, errors):
    """Decodes [data] but for a last character that is still incomplete
    (for incremental decoding): returns (text, bytes used)."""
    cut = len(data) - _incomplete_tail(data, name)
    return data[:cut].decode(name, errors), cut


def _incomplete_tail(data, name):
    # the bytes at the end of [data] that may start a character yet to come
    enc = name.lower().replace('_', '-')
    n = len(data)
    if enc.startswith('utf-16'):
        tail = n % 2
        if n - tail >= 2:
            hi = data[n - tail - 2:n - tail]
            unit = hi[0] << 8 | hi[1] if enc.endswith('be') else hi[1] << 8 | hi[0]
            if 0xD800 <= unit <= 0xDBFF:
                tail += 2
        return tail
    if enc.startswith('utf-32'):
        return n % 4
    if enc not in ('utf-8', 'utf8', 'utf-8-sig', 'u8', 'utf'):
        return 0
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        need = 2 if 0xC2 <= b <= 0xDF else 3 if 0xE0 <= b <= 0xEF else 4 if 0xF0 <= b <= 0xF4 else 0
        if need <= back:
            return 0
        # only a valid start of a sequence is waited for
        second = data[n - back + 1] if back > 1 else None
        if second is not None:
            lo, hi = 0x80, 0xBF
            if b == 0xE0:
                lo = 0xA0
            elif b == 0xED:
                hi = 0x9F
            elif b == 0xF0:
                lo = 0x90
            elif b == 0xF4:
                hi = 0x8F
            if not lo <= second <= hi:
                return 0
        return back
    return 0


_search_functions = []
_cache = {}


def register(search_function):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def _search_name(encoding):
    # lower case; each run of other than ASCII letters, digits and '.'
    # becomes one '_' between the parts that stay
    chars = []
    punct = False
    for c in encoding:
        if c.isascii() and (c.isalnum() or c == '.'):
            if punct and chars:
                chars.append('_')
            chars.append(c.lower())
            punct = False
        else:
            punct = True
    return ''.join(chars)


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    key = _search_name(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    _load_encodings()
    for fn in _search_functions:
        info = fn(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError('codec search functions must return 4-tuples')
            _cache[key] = info
            return info
    if not _core_knows(key):
        raise LookupError('unknown encoding: %s' % encoding)
    info = _cache[key] = _make_codec(_normalize(key))
    return info


_encodings_loaded = False


def _load_encodings():
    # the encodings package registers its search function when imported
    global _encodings_loaded
    if not _encodings_loaded:
        _encodings_loaded = True
        import encodings  # noqa: F401


def encode(obj, encoding='utf-8', errors='strict'):
    return lookup(encoding)[0](obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    return lookup(encoding)[1](obj, errors)[0]


encode.__module__ = decode.__module__ = '_codecs'   # as CPython's, for pickle


def getencoder(encoding):
    return lookup(encoding)[0]


def getdecoder(encoding):
    return lookup(encoding)[1]


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode('', True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b'', True)
    if output:
        yield output


def _wrong_exception(exc):
    return TypeError("don't know how to handle %s in error callback"
                     % type(exc).__name__)


def strict_errors(exception):
    if isinstance(exception, BaseException):
        raise exception
    raise TypeError('codec must pass exception instance')


def ignore_errors(exception):
    if not isinstance(exception, UnicodeError):
        raise _wrong_exception(exception)
    return ('', exception.end)


def replace_errors(exception):
    if isinstance(exception, UnicodeEncodeError):
        return ('?' * (exception.end - exception.start), exception.end)
    if isinstance(exception, UnicodeDecodeError):
        return ('\ufffd', exception.end)
    if isinstance(exception, UnicodeTranslateError):
        return ('\ufffd' * (exception.end - exception.start), exception.end)
    raise _wrong_exception(exception)


def xmlcharrefreplace_errors(exception):
    if not isinstance(exception, UnicodeEncodeError):
        raise _wrong_exception(exception)
    s = exception.object[exception.start:exception.end]
    return (''.join('&#%d;' % ord(c) for c in s), exception.end)


def _escape(n):
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


def backslashreplace_errors(exception):
    if isinstance(exception, UnicodeDecodeError):
        s = exception.object[exception.start:exception.end]
        return (''.join('\\x%02x' % b for b in s), exception.end)
    if not isinstance(exception, (UnicodeEncodeError, UnicodeTranslateError)):
        raise _wrong_exception(exception)
    s = exception.object[exception.start:exception.end]
    return (''.join(_escape(ord(c)) for c in s), exception.end)


def namereplace_errors(exception):
    if not isinstance(exception, UnicodeEncodeError):
        raise _wrong_exception(exception)
    import unicodedata
    out = []
    for c in exception.object[exception.start:exception.end]:
        name = unicodedata.name(c, None)
        out.append('\\N{%s}' % name if name is not None else _escape(ord(c)))
    return (''.join(out), exception.end)


def surrogateescape_errors(exception):
    start, end, obj = exception.start, exception.end, exception.object
    if isinstance(exception, UnicodeDecodeError):
        out = []
        for b in obj[start:end][:4]:
            if b < 128:
                raise exception
            out.append(chr(0xDC00 + b))
        return (''.join(out), start + len(out))
    if isinstance(exception, UnicodeEncodeError):
        out = bytearray()
        for c in obj[start:end]:
            n = ord(c)
            if not 0xDC80 <= n <= 0xDCFF:
                raise exception
            out.append(n - 0xDC00)
        return (bytes(out), end)
    raise _wrong_exception(exception)


def _utf_width(encoding):
    # (bytes per unit, big endian) of a UTF codec name, or None
    enc = encoding.lower().replace('_', '-')
    if enc in ('utf-8', 'utf8'):
        return 1, False
    for width, base in ((2, 'utf-16'), (4, 'utf-32')):
        if enc.startswith(base):
            return width, enc.endswith('be')
    return None


def surrogatepass_errors(exception):
    start, end, obj = exception.start, exception.end, exception.object
    if not isinstance(exception, (UnicodeEncodeError, UnicodeDecodeError)):
        raise _wrong_exception(exception)
    kind = _utf_width(exception.encoding)
    if kind is None:
        raise exception
    width, big = kind
    order = 'big' if big else 'little'
    if isinstance(exception, UnicodeEncodeError):
        out = bytearray()
        for c in obj[start:end]:
            n = ord(c)
            if not 0xD800 <= n <= 0xDFFF:
                raise exception
            if width == 1:
                out += bytes((0xE0 | (n >> 12), 0x80 | ((n >> 6) & 0x3F), 0x80 | (n & 0x3F)))
            else:
                out += n.to_bytes(width, order)
        return (bytes(out), end)
    data = obj[start:start + (3 if width == 1 else width)]
    if width == 1:
        if (len(data) == 3 and data[0] & 0xF0 == 0xE0 and data[1] & 0xC0 == 0x80
                and data[2] & 0xC0 == 0x80):
            n = ((data[0] & 0x0F) << 12) | ((data[1] & 0x3F) << 6) | (data[2] & 0x3F)
        else:
            n = 0
    else:
        n = int.from_bytes(data, order) if len(data) == width else 0
    if not 0xD800 <= n <= 0xDFFF:
        raise exception
    return (chr(n), start + len(data))


surrogateescape_errors.__name__ = 'surrogateescape'   # as CPython's names them
surrogatepass_errors.__name__ = 'surrogatepass'

_error_handlers = {
    'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors, 'namereplace': namereplace_errors,
    'surrogateescape': surrogateescape_errors, 'surrogatepass': surrogatepass_errors,
}
_BUILTIN_HANDLERS = frozenset(_error_handlers)


def register_error(name, error_handler):
    if not isinstance(name, str):
        raise TypeError('register_error() argument 1 must be str, not %s'
                        % type(name).__name__)
    if not callable(error_handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = error_handler


def lookup_error(name):
    if not isinstance(name, str):
        raise TypeError('lookup_error() argument must be str, not %s'
                        % type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % name) from None


def _call_handler(handler, exc, length):
    # the (replacement, resume position) of an error handler, checked
    res = handler(exc)
    encoding = isinstance(exc, UnicodeEncodeError)
    if (not isinstance(res, tuple) or len(res) != 2 or not isinstance(res[1], int)
            or not isinstance(res[0], (str, bytes) if encoding else str)):
        raise TypeError('%s error handler must return (%s, int) tuple'
                        % ('encoding' if encoding else 'decoding',
                           'str/bytes' if encoding else 'str'))
    rep, pos = res
    if pos < 0:
        pos += length
    if not 0 <= pos <= length:
        raise IndexError('position %d from error handler out of bounds' % res[1])
    return rep, pos


# ---- one-byte charmap codecs (encodings/cp1252.py, ...) ----

def charmap_build(decoding_table):
    """The encoding map of a decoding table: code point -> byte."""
    m = {}
    for i, c in enumerate(decoding_table):
        if c != '\ufffe':
            m.setdefault(ord(c), i)
    return m


def _charmap_lookup_encode(mapping, c):
    v = mapping.get(ord(c)) if isinstance(mapping, dict) else _mapping_get(mapping, ord(c))
    if v is None:
        return None
    if isinstance(v, int):
        if not 0 <= v < 256:
            raise TypeError('character mapping must be in range(256)')
        return bytes((v,))
    if isinstance(v, bytes):
        return v
    raise TypeError('character mapping must return integer, bytes or None, not %s'
                    % type(v).__name__)


def _mapping_get(mapping, key):
    try:
        return mapping[key]
    except LookupError:
        return None


def charmap_encode(input, errors=None, mapping=None):
    if errors is None:
        errors = 'strict'
    if mapping is None:
        return latin_1_encode(input, errors)
    if isinstance(mapping, dict) and errors == 'strict':
        table = _translate_table(mapping)
        if table is not None:
            try:
                return input.translate(table).encode('latin-1'), len(input)
            except (UnicodeEncodeError, _Unmapped):
                pass
    out = []
    pos = 0
    n = len(input)
    while pos < n:
        b = _charmap_lookup_encode(mapping, input[pos])
        if b is not None:
            out.append(b)
            pos += 1
            continue
        end = pos + 1
        while end < n and _charmap_lookup_encode(mapping, input[end]) is None:
            end += 1
        exc = UnicodeEncodeError('charmap', input, pos, end,
                                 'character maps to <undefined>')
        rep, pos = _call_handler(lookup_error(errors), exc, n)
        if isinstance(rep, bytes):
            out.append(rep)
            continue
        for c in rep:
            b = _charmap_lookup_encode(mapping, c)
            if b is None:
                raise exc
            out.append(b)
    return b''.join(out), n


class _Unmapped(Exception):
    pass


class _StrictTable(dict):
    # a str.translate table that fails on characters outside the map
    def __missing__(self, key):
        raise _Unmapped


_translate_tables = {}


def _translate_table(mapping):
    key = id(mapping)
    entry = _translate_tables.get(key)
    if entry is not None and entry[0] is mapping and entry[2] == len(mapping):
        return entry[1]
    table = _StrictTable()
    for k, v in mapping.items():
        if not isinstance(v, int) or not 0 <= v < 256:
            return None
        table[k] = chr(v)
    _translate_tables[key] = (mapping, table, len(mapping))
    return table


def charmap_decode(data, errors=None, mapping=None):
    if errors is None:
        errors = 'strict'
    data = bytes(data)
    if mapping is None:
        return latin_1_decode(data, errors)
    n = len(data)
    if isinstance(mapping, str):
        text = ''.join([mapping[b] if b < len(mapping) else '\ufffe' for b in data])
        if '\ufffe' not in text:
            return text, n
    out = []
    pos = 0
    while pos < n:
        c = _charmap_lookup_decode(mapping, data[pos])
        if c is not None:
            out.append(c)
            pos += 1
            continue
        exc = UnicodeDecodeError('charmap', data, pos, pos + 1,
                                 'character maps to <undefined>')
        rep, pos = _call_handler(lookup_error(errors), exc, n)
        out.append(rep)
    return ''.join(out), n


def _charmap_lookup_decode(mapping, b):
    if isinstance(mapping, str):
        c = mapping[b] if b < len(mapping) else '\ufffe'
        return None if c == '\ufffe' else c
    v = _mapping_get(mapping, b)
    if v is None:
        return None
    if isinstance(v, int):
        if not 0 <= v <= 0x10FFFF:
            raise TypeError('character mapping must be in range(0x110000)')
        return None if v == 0xFFFE else chr(v)
    if isinstance(v, str):
        return None if v == '\ufffe' else v
    raise TypeError('character mapping must return integer, None or str')


# ---- str.encode and bytes.decode for what the core does not know ----

def _encode_by_pieces(s, name, errors):
    """s.encode(name, errors) for a codec built into str.encode and an
    error handler registered in Python: strict pieces between errors."""
    handler = lookup_error(errors)
    out = []
    width = _utf_width(name)
    piece_name = name
    if width is not None and width[0] > 1 and name.lower().replace('_', '-') in ('utf-16', 'utf-32'):
        out.append(''.encode(name))            # the BOM
        piece_name = name + '-le'
    pos = 0
    n = len(s)
    while True:
        try:
            out.append(s[pos:].encode(piece_name))
            break
        except UnicodeEncodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(s[pos:start].encode(piece_name))
            exc = UnicodeEncodeError(name, s, start, end, e.reason)
            rep, pos = _call_handler(handler, exc, n)
            if isinstance(rep, str):
                try:
                    rep = rep.encode(piece_name)
                except UnicodeEncodeError:
                    raise exc from None
            out.append(rep)
    return b''.join(out)


def _decode_by_pieces(data, name, errors):
    handler = lookup_error(errors)
    data = bytes(data)
    out = []
    piece_name = name
    width = _utf_width(name)
    pos = 0
    if width is not None and width[0] > 1 and name.lower().replace('_', '-') in ('utf-16', 'utf-32'):
        w = width[0]
        bom = data[:w]
        be = bom in (BOM_UTF16_BE, BOM_UTF32_BE) and len(bom) == w
        if bom in ((BOM_UTF16_LE, BOM_UTF16_BE) if w == 2 else (BOM_UTF32_LE, BOM_UTF32_BE)):
            pos = w
        piece_name = name + ('-be' if be else '-le')
    n = len(data)
    while True:
        try:
            out.append(data[pos:].decode(piece_name))
            break
        except UnicodeDecodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(data[pos:start].decode(piece_name))
            exc = UnicodeDecodeError(name, data, start, end, e.reason)
            rep, pos = _call_handler(handler, exc, n)
            out.append(rep)
    return ''.join(out)


# The encodings str.encode and bytes.decode know by themselves (objects/bytes.c)
_CORE_NAMES = frozenset("""
utf_8 utf8 u8 utf cp65001 utf8_ucs2 utf8_ucs4 ascii us_ascii 646 us ansi_x3.4_1968
cp367 csascii ibm367 iso646_us iso_646.irv_1991 ansi_x3_4_1968 latin_1 latin1
iso_8859_1 iso8859_1 8859 cp819 l1 latin iso_ir_100 csisolatin1 ibm819
iso_8859_1_1987 utf_8_sig utf8_sig utf_16 utf16 u16 utf_16_le utf_16le utf_16_be
utf_16be utf_32 utf32 u32 utf_32_le utf_32le utf_32_be utf_32be""".split())


def _core_knows(encoding):
    chars = []
    for c in encoding.lower():
        if c.isascii() and (c.isalnum() or c == '.'):
            chars.append(c)
        elif not chars or chars[-1] != '_':
            chars.append('_')
    return ''.join(chars) in _CORE_NAMES


def _str_encode(s, encoding, errors):
    """str.encode for encodings and error handlers the core lacks."""
    if _core_knows(encoding):
        return _encode_by_pieces(s, encoding, errors)
    info = lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError("%r is not a text encoding; use codecs.encode() to "
                          "handle arbitrary codecs" % encoding)
    res = info[0](s, errors)
    if not isinstance(res, tuple) or len(res) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    if not isinstance(res[0], bytes):
        raise TypeError("%r encoder returned %r instead of 'bytes'; use "
                        "codecs.encode() to encode to arbitrary types"
                        % (encoding, type(res[0]).__name__))
    return res[0]


def _bytes_decode(data, encoding, errors):
    """bytes.decode for encodings and error handlers the core lacks."""
    if _core_knows(encoding):
        return _decode_by_pieces(data, encoding, errors)
    info = lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError("%r is not a text encoding; use codecs.decode() to "
                          "handle arbitrary codecs" % encoding)
    res = info[1](data, errors)
    if not isinstance(res, tuple) or len(res) != 2:
        raise TypeError('decoder must return a tuple (object,integer)')
    if not isinstance(res[0], str):
        raise TypeError("%r decoder returned %r instead of 'str'; use "
                        "codecs.decode() to decode to arbitrary types"
                        % (encoding, type(res[0]).__name__))
    return res[0]


def _stream_classes(encode, decode):
    """StreamWriter and StreamReader classes over a codec's stateless
    encode and decode functions."""
    class StreamWriter(_StreamWriterBase):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class StreamReader(_StreamReaderBase):
        def decode(self, input, errors='strict'):
            return decode(input, errors)

    return StreamWriter, StreamReader


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """A file whose text goes through [encoding]'s stream reader and writer."""
    import builtins
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Recode: data_encoding on the caller's side, file_encoding in the file."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamReader(Codec):
    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b''
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        # what readline() split off but did not return comes first
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            newdata = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if not firstline:
                    raise
                newchars, decodedbytes = self.decode(data[:exc.start], self.errors)
                lines = newchars.splitlines(keepends=True)
                if len(lines) <= 1:
                    raise
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                # a \r at the end may be half of \r\n: read one more char
                if (isinstance(data, str) and data.endswith('\r')) or \
                        (isinstance(data, bytes) and data.endswith(b'\r')):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
                    line = line0withend if keepends else line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b''
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamReaderWriter:
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


_StreamWriterBase = StreamWriter
_StreamReaderBase = StreamReader


class StreamRecoder:
    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, consumed = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        data = self.reader.readline() if size is None else self.reader.readline(size)
        data, consumed = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, consumed = self.encode(data, self.errors)
        return data.splitlines(keepends=True)

    def __next__(self):
        data = next(self.reader)
        data, consumed = self.encode(data, self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):
        data, consumed = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        data = b''.join(list)
        data, consumed = self.decode(data, self.errors)
        return self.writer.write(data)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


def utf_8_encode(s, errors='strict'):
    return s.encode('utf-8', errors), len(s)


def utf_8_decode(b, errors='strict', final=False):
    return lookup('utf-8').incrementaldecoder(errors)._buffer_decode(bytes(b), errors, final)


def latin_1_encode(s, errors='strict'):
    return s.encode('latin-1', errors), len(s)


def latin_1_decode(b, errors='strict'):
    return bytes(b).decode('latin-1', errors), len(b)


def ascii_encode(s, errors='strict'):
    return s.encode('ascii', errors), len(s)


def ascii_decode(b, errors='strict'):
    return bytes(b).decode('ascii', errors), len(b)


def unicode_escape_encode(s, errors=None):
    from encodings import unicode_escape
    return unicode_escape.encode(s, errors or 'strict')


def unicode_escape_decode(data, errors=None, final=True):
    from encodings import unicode_escape
    if isinstance(data, str):
        data = data.encode('latin-1')
    return unicode_escape.decode_escapes(data, errors or 'strict', final)


def raw_unicode_escape_encode(s, errors=None):
    from encodings import raw_unicode_escape
    return raw_unicode_escape.encode(s, errors or 'strict')


def raw_unicode_escape_decode(data, errors=None, final=True):
    from encodings import raw_unicode_escape
    if isinstance(data, str):
        data = data.encode('latin-1')
    return raw_unicode_escape.decode_raw(data, errors or 'strict', final)


def _utf_functions(name):
    # codecs.utf_16_le_encode and the like: (output, consumed) pairs
    def enc(s, errors=None, *byteorder):
        return s.encode(name, errors or 'strict'), len(s)

    def dec(data, errors=None, final=False):
        data = bytes(data)
        if final:
            return data.decode(name, errors or 'strict'), len(data)
        return _decode_prefix(data, name, errors or 'strict')
    return enc, dec


utf_16_encode, utf_16_decode = _utf_functions('utf-16')
utf_16_le_encode, utf_16_le_decode = _utf_functions('utf-16-le')
utf_16_be_encode, utf_16_be_decode = _utf_functions('utf-16-be')
utf_32_encode, utf_32_decode = _utf_functions('utf-32')
utf_32_le_encode, utf_32_le_decode = _utf_functions('utf-32-le')
utf_32_be_encode, utf_32_be_decode = _utf_functions('utf-32-be')


def utf_7_encode(s, errors=None):
    from encodings import utf_7
    return utf_7.encode(s, errors or 'strict')


def utf_7_decode(data, errors=None, final=False):
    from encodings import utf_7
    return utf_7.utf7_decode(data, errors or 'strict', final)


_BYTE_ESCAPES = {ord('\\'): b'\\', ord("'"): b"'", ord('"'): b'"', ord('a'): b'\a',
                 ord('b'): b'\b', ord('f'): b'\f', ord('n'): b'\n', ord('r'): b'\r',
                 ord('t'): b'\t', ord('v'): b'\v', ord('\n'): b''}


def escape_decode(data, errors=None):
    """The bytes that a bytes literal's escapes stand for."""
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = bytes(data)
    out = bytearray()
    pos = 0
    n = len(data)
    while pos < n:
        k = data.find(b'\\', pos)
        if k < 0:
            out += data[pos:]
            break
        out += data[pos:k]
        if k + 1 >= n:
            raise ValueError('Trailing \\ in string')
        c = data[k + 1]
        pos = k + 2
        if c in _BYTE_ESCAPES:
            out += _BYTE_ESCAPES[c]
        elif 0x30 <= c <= 0x37:
            end = pos
            while end < n and end < k + 4 and 0x30 <= data[end] <= 0x37:
                end += 1
            out.append(int(data[k + 1:end], 8) & 0xFF)
            pos = end
        elif c == ord('x'):
            digits = data[pos:pos + 2]
            if len(digits) < 2 or not all(d in b'0123456789abcdefABCDEF' for d in digits):
                if errors == 'ignore':
                    continue
                if errors == 'replace':
                    out.append(ord('?'))
                    continue
                if errors not in (None, 'strict'):
                    raise ValueError("decoding error; unknown error handling code: " + errors)
                raise ValueError('invalid \\x escape at position %d' % k)
            out.append(int(digits, 16))
            pos += 2
        else:
            out += b'\\' + bytes((c,))
    return bytes(out), n


def escape_encode(data, errors=None):
    """bytes written as the body of a bytes literal in single quotes."""
    if not isinstance(data, bytes):
        raise TypeError("argument 1 must be bytes, not %s" % type(data).__name__)
    out = []
    for b in data:
        if b == 0x5C or b == 0x27:
            out.append('\\' + chr(b))
        elif b == 0x09:
            out.append('\\t')
        elif b == 0x0A:
            out.append('\\n')
        elif b == 0x0D:
            out.append('\\r')
        elif 0x20 <= b < 0x7F:
            out.append(chr(b))
        else:
            out.append('\\x%02x' % b)
    return ''.join(out).encode('ascii'), len(data)
