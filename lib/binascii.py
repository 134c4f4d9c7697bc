"""Conversions between binary data and ASCII encodings (hex, base64, crc)."""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'a2b_hex', 'a2b_qp',
           'a2b_uu', 'b2a_base64', 'b2a_hex', 'b2a_qp', 'b2a_uu', 'crc32',
           'crc_hqx', 'hexlify', 'unhexlify']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_INDEX = {c: i for i, c in enumerate(_B64)}
_HEX = b'0123456789abcdef'
_HEX_DIGITS = b'0123456789abcdefABCDEF'


# Whole-buffer base64: the bytes at each position of a group go through
# translation tables and meet in big-int ORs, so the work stays in C.
def _table(f):
    return bytes(f(x) & 0xff for x in range(256))


def _or_bytes(x, y):
    n = len(x)
    return (int.from_bytes(x, 'little') | int.from_bytes(y, 'little')).to_bytes(n, 'little')


_ENC0 = _table(lambda x: _B64[x >> 2])
_ENC1A = _table(lambda x: (x & 3) << 4)
_ENC1B = _table(lambda x: x >> 4)
_ENC2B = _table(lambda x: (x & 15) << 2)
_ENC2C = _table(lambda x: x >> 6)
_ENC3 = _table(lambda x: _B64[x & 63])
_ALPHABET = _B64 + bytes(192)


def _b64_value(c):
    return _B64_INDEX.get(c, 0)


_DEC0 = _table(lambda c: _b64_value(c) << 2)
_DEC1H = _table(lambda c: _b64_value(c) >> 4)
_DEC1L = _table(lambda c: _b64_value(c) << 4)
_DEC2H = _table(lambda c: _b64_value(c) >> 2)
_DEC2L = _table(lambda c: _b64_value(c) << 6)
_DEC3 = _table(lambda c: _b64_value(c))
_NOT_B64 = bytes(c for c in range(256) if c not in _B64_INDEX and c != 61)


def _encode_groups(data):
    """base64 of data, whose length is a multiple of 3."""
    a = data[0::3]
    b = data[1::3]
    c = data[2::3]
    out = bytearray(len(a) * 4)
    out[0::4] = a.translate(_ENC0)
    out[1::4] = _or_bytes(a.translate(_ENC1A), b.translate(_ENC1B)).translate(_ALPHABET)
    out[2::4] = _or_bytes(b.translate(_ENC2B), c.translate(_ENC2C)).translate(_ALPHABET)
    out[3::4] = c.translate(_ENC3)
    return out


def _decode_groups(body):
    """The bytes of clean base64 text body (no padding, no other bytes)."""
    full = len(body) - len(body) % 4
    s0 = body[0:full:4]
    s1 = body[1:full:4]
    s2 = body[2:full:4]
    s3 = body[3:full:4]
    out = bytearray(len(s0) * 3)
    out[0::3] = _or_bytes(s0.translate(_DEC0), s1.translate(_DEC1H))
    out[1::3] = _or_bytes(s1.translate(_DEC1L), s2.translate(_DEC2H))
    out[2::3] = _or_bytes(s2.translate(_DEC2L), s3.translate(_DEC3))
    rest = body[full:]
    if len(rest) >= 2:
        out.append((rest[0:1].translate(_DEC0)[0] | rest[1:2].translate(_DEC1H)[0]))
    if len(rest) == 3:
        out.append((rest[1:2].translate(_DEC1L)[0] | rest[2:3].translate(_DEC2H)[0]))
    return bytes(out)


def _a2b_base64_fast(data, strict_mode):
    """The decoded bytes when data is well-formed base64, else None."""
    cleaned = data.translate(None, _NOT_B64)
    if strict_mode and len(cleaned) != len(data):
        return None
    body = cleaned.rstrip(b'=')
    pad = len(cleaned) - len(body)
    if b'=' in body:
        return None
    r = len(body) % 4
    if strict_mode:
        ok = (r, pad) in ((0, 0), (2, 2), (3, 1))
    else:
        ok = r == 0 or (r == 2 and pad >= 2) or (r == 3 and pad >= 1)
    return _decode_groups(body) if ok else None


def _as_bytes(data, allow_str=True):
    if isinstance(data, str):
        if not allow_str:
            raise TypeError("a bytes-like object is required, not 'str'")
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII '
                             'characters') from None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None
    if not view.c_contiguous:
        raise BufferError('memoryview: underlying buffer is not C-contiguous')
    return view.tobytes()


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _as_bytes(data, allow_str=False)
    if sep is None:
        return data.hex().encode('ascii')
    if isinstance(sep, str):
        sep_text = sep
    else:
        sep_text = bytes(sep).decode('ascii')
    return data.hex(sep_text, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr):
    """Binary data of hexadecimal representation."""
    data = _as_bytes(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    if not data.translate(None, _HEX_DIGITS):
        return bytes.fromhex(data.decode('ascii'))
    out = bytearray()
    for i in range(0, len(data), 2):
        hi = _hexval(data[i])
        lo = _hexval(data[i + 1])
        if hi < 0 or lo < 0:
            raise Error('Non-hexadecimal digit found')
        out.append(hi * 16 + lo)
    return bytes(out)


unhexlify = a2b_hex


def _hexval(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    return -1


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    data = _as_bytes(data, allow_str=False)
    n = len(data)
    i = n - n % 3
    out = _encode_groups(data[:i])
    rest = n - i
    if rest == 1:
        v = data[i] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63],
                      _B64[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode a line of base64 data."""
    data = _as_bytes(data)
    fast = _a2b_base64_fast(data, strict_mode)
    if fast is not None:
        return fast
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    index = _B64_INDEX
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    n = len(data)
    for i in range(n):
        c = data[i]
        if c == 61:
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    # the quad is complete: the rest of the input is ignored
                    if strict_mode and i + 1 < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = index.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            left = v
            quad_pos = 1
        elif quad_pos == 1:
            out.append(((left << 2) | (v >> 4)) & 0xff)
            left = v & 0x0f
            quad_pos = 2
        elif quad_pos == 2:
            out.append(((left << 4) | (v >> 2)) & 0xff)
            left = v & 0x03
            quad_pos = 3
        else:
            out.append(((left << 6) | v) & 0xff)
            left = 0
            quad_pos = 0
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data '
                    'characters (%d) cannot be 1 more than a multiple of 4'
                    % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error('Incorrect padding')
    return bytes(out)


def a2b_uu(data):
    """Decode a line of uuencoded data."""
    data = _as_bytes(data)
    n = len(data)
    # the first byte is the length of the decoded data
    bin_len = ((data[0] if n else 0) - 32) & 0o77
    out = bytearray()
    left = 0
    bits = 0
    i = 1
    while bin_len > 0:
        c = data[i] if i < n else 0
        if c in (10, 13) or i >= n:
            c = 0          # spaces eaten at the end of the line
        elif c < 32 or c > 96:
            raise Error('Illegal char')
        else:
            c = (c - 32) & 0o77
        left = (left << 6) | c
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((left >> bits) & 0xff)
            left &= (1 << bits) - 1
            bin_len -= 1
        i += 1
    while i < n:
        if data[i] not in (32, 96, 10, 13):
            raise Error('Trailing garbage')
        i += 1
    return bytes(out)


def b2a_uu(data, *, backtick=False):
    """Uuencode line of data."""
    data = _as_bytes(data, allow_str=False)
    n = len(data)
    if n > 45:
        raise Error('At most 45 bytes at once')
    out = bytearray(b'`' if backtick and not n else bytes((32 + n,)))
    left = 0
    bits = 0
    i = 0
    while i < n or bits:
        left = (left << 8) | (data[i] if i < n else 0)
        bits += 8
        i += 1
        while bits >= 6:
            c = (left >> (bits - 6)) & 0x3f
            bits -= 6
            out.append(96 if backtick and not c else c + 32)
    out.append(10)
    return bytes(out)


_CRC32_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC32_TABLE.append(_c)
del _n, _c, _k


def crc32(data, crc=0):
    """Compute CRC-32 incrementally."""
    data = _as_bytes(data, allow_str=False)
    try:
        import zlib
        return zlib.crc32(data, crc)
    except (ImportError, AttributeError):
        pass
    crc = ~crc & 0xffffffff
    table = _CRC32_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xff] ^ (crc >> 8)
    return ~crc & 0xffffffff


def crc_hqx(data, crc):
    """Compute CRC-CCITT incrementally."""
    data = _as_bytes(data, allow_str=False)
    crc &= 0xffff
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xffff if crc & 0x8000 \
                else (crc << 1) & 0xffff
    return crc


_QP_MAXLINE = 76


def _qp_needs_quote(data, i, n, linelen, quotetabs, istext, header):
    c = data[i]
    nxt = data[i + 1] if i + 1 < n else None
    return (c > 126 or c == 61 or (header and c == 95)
            or (c == 46 and linelen == 0 and nxt in (None, 10, 13, 0))
            or (not istext and c in (10, 13))
            or (c in (9, 32) and i + 1 == n)
            or (c < 33 and c not in (10, 13)
                and (quotetabs or c not in (9, 32))))


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode a string using quoted-printable encoding."""
    data = _as_bytes(data, allow_str=False)
    n = len(data)
    at = data.find(b'\n')
    crlf = at > 0 and data[at - 1] == 13
    eol = b'\r\n' if crlf else b'\n'
    out = bytearray()
    linelen = 0
    i = 0
    while i < n:
        c = data[i]
        if _qp_needs_quote(data, i, n, linelen, quotetabs, istext, header):
            if linelen + 3 >= _QP_MAXLINE:
                out += b'=' + eol
                linelen = 0
            out += b'=%02X' % c
            i += 1
            linelen += 3
        elif istext and (c == 10 or (c == 13 and i + 1 < n
                                     and data[i + 1] == 10)):
            linelen = 0
            # whitespace at the end of a line is quoted
            if out and out[-1] in (32, 9):
                last = out.pop()
                out += b'=%02X' % last
            out += eol
            i += 2 if c == 13 else 1
        else:
            if i + 1 != n and data[i + 1] != 10 and linelen + 1 >= _QP_MAXLINE:
                out += b'=' + eol
                linelen = 0
            linelen += 1
            out.append(95 if header and c == 32 else c)
            i += 1
    return bytes(out)


def a2b_qp(data, header=False):
    """Decode a string of qp-encoded data."""
    data = _as_bytes(data)
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 61:
            i += 1
            if i >= n:
                break
            c = data[i]
            if c in (10, 13):
                # a soft line break
                if c != 10:
                    while i < n and data[i] != 10:
                        i += 1
                if i < n:
                    i += 1
            elif c == 61:
                out.append(61)
                i += 1
            elif i + 1 < n and _hexval(c) >= 0 and _hexval(data[i + 1]) >= 0:
                out.append(_hexval(c) * 16 + _hexval(data[i + 1]))
                i += 2
            else:
                out.append(61)
        elif header and c == 95:
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)
