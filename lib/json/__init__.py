"""JSON encoding and decoding with CPython-compatible output and errors."""

__all__ = ['dump', 'dumps', 'load', 'loads',
           'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_INF = float('inf')
_NAN = float('nan')


class JSONDecodeError(ValueError):
    """ValueError carrying the document and the position of the failure."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ---------------------------------------------------------------- encoding

_SHORT_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
                  '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def _escape_char(ch, ensure_ascii):
    short = _SHORT_ESCAPES.get(ch)
    if short is not None:
        return short
    n = ord(ch)
    if n < 0x20:
        return '\\u%04x' % n
    if n < 0x7f or not ensure_ascii:
        return ch
    if n > 0xffff:
        n -= 0x10000
        return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))
    return '\\u%04x' % n


def _encode_string(s, ensure_ascii):
    # fast path: nothing to escape (isprintable rules out control chars)
    if '"' not in s and '\\' not in s and s.isprintable() and \
            (not ensure_ascii or s.isascii()):
        return '"' + s + '"'
    parts = ['"']
    start = 0
    for i in range(len(s)):
        ch = s[i]
        if ch < ' ' or ch == '"' or ch == '\\' or (ensure_ascii and ch > '~'):
            if start < i:
                parts.append(s[start:i])
            parts.append(_escape_char(ch, ensure_ascii))
            start = i + 1
    parts.append(s[start:])
    parts.append('"')
    return ''.join(parts)


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return _encode_string(o, self.ensure_ascii)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        out = []
        markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        _Encoding(self, out, markers, indent).value(o, 0)
        return iter(out)


class _Encoding:
    """One encode run: appends chunks to out."""

    def __init__(self, enc, out, markers, indent):
        self.enc = enc
        self.out = out
        self.markers = markers
        self.indent = indent

    def float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INF:
            text = 'Infinity'
        elif o == -_INF:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def enter(self, o):
        if self.markers is None:
            return None
        marker = id(o)
        if marker in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[marker] = o
        return marker

    def leave(self, marker):
        if marker is not None:
            del self.markers[marker]

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(_encode_string(o, self.enc.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.float_text(o))
        elif isinstance(o, (list, tuple)):
            self.sequence(o, level)
        elif isinstance(o, dict):
            self.mapping(o, level)
        else:
            marker = self.enter(o)
            self.value(self.enc.default(o), level)
            self.leave(marker)

    def opening(self, bracket, level):
        # returns the separator between items and the closing prefix
        if self.indent is None:
            self.out.append(bracket)
            return self.enc.item_separator, ''
        newline = '\n' + self.indent * (level + 1)
        self.out.append(bracket + newline)
        return self.enc.item_separator + newline, '\n' + self.indent * level

    def sequence(self, seq, level):
        if not seq:
            self.out.append('[]')
            return
        marker = self.enter(seq)
        separator, closing = self.opening('[', level)
        first = True
        for item in seq:
            if not first:
                self.out.append(separator)
            first = False
            self.value(item, level + 1)
        self.out.append(closing + ']')
        self.leave(marker)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.enc.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def mapping(self, dct, level):
        if not dct:
            self.out.append('{}')
            return
        marker = self.enter(dct)
        separator, closing = self.opening('{', level)
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        first = True
        for key, value in items:
            key = self.key_text(key)
            if key is None:
                continue
            if not first:
                self.out.append(separator)
            first = False
            self.out.append(_encode_string(key, self.enc.ensure_ascii))
            self.out.append(self.enc.key_separator)
            self.value(value, level + 1)
        self.out.append(closing + '}')
        self.leave(marker)


# ---------------------------------------------------------------- decoding

_WHITESPACE = ' \t\n\r'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
              'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'-Infinity': -_INF, 'Infinity': _INF, 'NaN': _NAN}
_DIGITS = '0123456789'


def _skip_ws(s, pos):
    n = len(s)
    while pos < n and s[pos] in _WHITESPACE:
        pos += 1
    return pos


class _NoValue(Exception):
    """No JSON value starts at the given position."""

    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


_HEXDIGITS = '0123456789abcdefABCDEF'


def _read_hex4(s, pos):
    # pos is the index of the 'u'; like CPython, a character must follow
    # the four digits (the closing quote at least)
    if pos + 5 >= len(s):
        raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)
    digits = s[pos + 1:pos + 5]
    for ch in digits:
        if ch not in _HEXDIGITS:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)
    return int(digits, 16)


def _scan_string(s, end, strict=True):
    """Decode the string whose body starts at end; return (str, end after quote)."""
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        start = end
        while end < n:
            ch = s[end]
            if ch == '"' or ch == '\\' or (ch < ' ' and strict):
                break
            end += 1
        else:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if start < end:
            chunks.append(s[start:end])
        ch = s[end]
        if ch == '"':
            return ''.join(chunks), end + 1
        if ch != '\\':
            raise JSONDecodeError("Invalid control character at", s, end)
        if end + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end + 1]
        if esc != 'u':
            if esc not in _BACKSLASH:
                raise JSONDecodeError("Invalid \\escape", s, end)
            chunks.append(_BACKSLASH[esc])
            end += 2
            continue
        code = _read_hex4(s, end + 1)
        end += 6
        if 0xd800 <= code <= 0xdbff and end + 6 < n and \
                s[end:end + 2] == '\\u':
            low = _read_hex4(s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        chunks.append(chr(code))


class _Scanner:
    def __init__(self, decoder):
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.strict = decoder.strict
        self.memo = getattr(decoder, 'memo', None)
        if self.memo is None:
            self.memo = {}

    def value(self, s, idx):
        if idx >= len(s):
            raise _NoValue(idx)
        ch = s[idx]
        if ch == '"':
            return _scan_string(s, idx + 1, self.strict)
        if ch == '{':
            return self.object(s, idx + 1)
        if ch == '[':
            return self.array(s, idx + 1)
        if ch == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if ch == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if ch == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        number = self.number(s, idx)
        if number is not None:
            return number
        if ch == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        if ch == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        if ch == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        raise _NoValue(idx)

    def number(self, s, idx):
        n = len(s)
        pos = idx
        if pos < n and s[pos] == '-':
            pos += 1
        if pos >= n or s[pos] not in _DIGITS:
            return None
        if s[pos] == '0':
            pos += 1
        else:
            while pos < n and s[pos] in _DIGITS:
                pos += 1
        int_end = pos
        is_float = False
        if pos + 1 < n and s[pos] == '.' and s[pos + 1] in _DIGITS:
            pos += 2
            while pos < n and s[pos] in _DIGITS:
                pos += 1
            is_float = True
        if pos < n and s[pos] in 'eE':
            exp = pos + 1
            if exp < n and s[exp] in '+-':
                exp += 1
            if exp < n and s[exp] in _DIGITS:
                while exp < n and s[exp] in _DIGITS:
                    exp += 1
                pos = exp
                is_float = True
        if is_float:
            return self.parse_float(s[idx:pos]), pos
        return self.parse_int(s[idx:int_end]), int_end

    def member_value(self, s, pos):
        try:
            return self.value(s, pos)
        except _NoValue as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None

    def object(self, s, pos):
        pairs = []
        pos = _skip_ws(s, pos)
        nextchar = s[pos:pos + 1]
        if nextchar != '"':
            if nextchar == '}':
                return self.finish_object(pairs), pos + 1
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, pos)
        pos += 1
        while True:
            key, pos = _scan_string(s, pos, self.strict)
            key = self.memo.setdefault(key, key)
            pos = _skip_ws(s, pos)
            if s[pos:pos + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, pos)
            pos = _skip_ws(s, pos + 1)
            value, pos = self.member_value(s, pos)
            pairs.append((key, value))
            pos = _skip_ws(s, pos)
            nextchar = s[pos:pos + 1]
            if nextchar == '}':
                return self.finish_object(pairs), pos + 1
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, pos)
            pos = _skip_ws(s, pos + 1)
            if s[pos:pos + 1] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, pos)
            pos += 1

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def array(self, s, pos):
        values = []
        pos = _skip_ws(s, pos)
        if s[pos:pos + 1] == ']':
            return values, pos + 1
        while True:
            value, pos = self.member_value(s, pos)
            values.append(value)
            pos = _skip_ws(s, pos)
            nextchar = s[pos:pos + 1]
            if nextchar == ']':
                return values, pos + 1
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, pos)
            pos = _skip_ws(s, pos + 1)


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return _Scanner(self).value(s, idx)
        except _NoValue as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None
        finally:
            memo = getattr(self, 'memo', None)
            if memo is not None:
                memo.clear()


# ---------------------------------------------------------------- API

def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                  check_circular=check_circular, allow_nan=allow_nan,
                  indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def _as_text(s):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
        return s
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    data = bytes(s)
    return data.decode(_detect_encoding(data), 'surrogatepass')


def _detect_encoding(b):
    # A byte order mark names the encoding; without one, where the zero
    # bytes fall among the first four tells UTF-16/32 and the byte order
    # (a JSON text starts with an ASCII character).
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    s = _as_text(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


# The submodules re-export names defined above.
from json import decoder, encoder  # noqa: E402
