"""Conversions between binary data and ASCII encodings (hex, base64, crc)."""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'a2b_hex', 'a2b_qp',
           'b2a_base64', 'b2a_hex', 'b2a_qp', 'crc32', 'crc_hqx', 'hexlify',
           'unhexlify']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_INDEX = {c: i for i, c in enumerate(_B64)}
_HEX = b'0123456789abcdef'


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
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


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
    out = bytearray()
    n = len(data)
    i = 0
    while i + 3 <= n:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63],
                      _B64[(v >> 6) & 63], _B64[v & 63]))
        i += 3
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
    if strict_mode:
        return _a2b_base64_strict(data)
    out = bytearray()
    acc = 0
    bits = 0
    quads = 0
    pads = 0
    for c in data:
        if c == 61:
            if quads >= 2 and quads + pads < 4:
                pads += 1
                if quads + pads == 4:
                    quads = 0
                    pads = 0
                    acc = 0
                    bits = 0
                    done = True
                    break
            continue
        v = _B64_INDEX.get(c)
        if v is None:
            continue
        pads = 0
        acc = (acc << 6) | v
        bits += 6
        quads = (quads + 1) % 4
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xff)
            acc &= (1 << bits) - 1
    else:
        done = False
    if not done and quads != 0:
        if quads == 1:
            raise Error('Invalid base64-encoded string: number of data '
                        'characters (%d) cannot be 1 more than a multiple of 4'
                        % _count_b64(data))
        raise Error('Incorrect padding')
    if done:
        return bytes(out) + _a2b_base64_tail(data, out)
    return bytes(out)


def _a2b_base64_tail(data, out):
    return b''


def _count_b64(data):
    return sum(1 for c in data if c in _B64_INDEX)


def _a2b_base64_strict(data):
    if data and data[0] == 61:
        raise Error('Leading padding not allowed')
    out = bytearray()
    acc = 0
    bits = 0
    count = 0
    pad = 0
    for c in data:
        if c == 61:
            pad += 1
            continue
        if pad:
            raise Error('Discontinuous padding not allowed')
        v = _B64_INDEX.get(c)
        if v is None:
            raise Error('Only base64 data is allowed')
        acc = (acc << 6) | v
        bits += 6
        count += 1
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xff)
            acc &= (1 << bits) - 1
    if count % 4 == 1:
        raise Error('Invalid base64-encoded string: number of data characters '
                    '(%d) cannot be 1 more than a multiple of 4' % count)
    if count % 4 and (count + pad) % 4:
        raise Error('Incorrect padding')
    if pad > 2 and count % 4:
        raise Error('Excess data after padding')
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


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode a string using quoted-printable encoding."""
    data = _as_bytes(data, allow_str=False)
    out = bytearray()
    line_len = 0
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        is_eol = c == 10 or (c == 13 and i + 1 < n and data[i + 1] == 10)
        if istext and is_eol:
            if out and out[-1] in (32, 9):
                last = out.pop()
                out += b'=%02X' % last
            if c == 13:
                out += b'\r\n'
                i += 2
            else:
                out += b'\n'
                i += 1
            line_len = 0
            continue
        if (c == 61 or c > 126 or (c < 32 and c not in (9,) and
                                   not (c in (10, 13) and not istext))
                or (c == 46 and line_len == 0 and (i + 1 == n or data[i + 1]
                                                   in (10, 13)))
                or (quotetabs and c in (9, 32))
                or (header and c == 95)):
            piece = b'=%02X' % c
        elif header and c == 32:
            piece = b'_'
        else:
            piece = bytes((c,))
        if line_len + len(piece) > 75 and not (i + 1 == n and
                                                line_len + len(piece) <= 76):
            out += b'=\n'
            line_len = 0
        out += piece
        line_len += len(piece)
        i += 1
    if out and out[-1] in (32, 9) and (n == 0 or data[-1] in (32, 9)):
        last = out.pop()
        out += b'=%02X' % last
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
            if i + 1 < n and data[i + 1] in (10, 13):
                i += 2 if data[i + 1] == 13 and i + 2 < n and \
                    data[i + 2] == 10 else 1
                i += 1
                continue
            if i + 1 >= n:
                break
            if i + 2 < n + 0 and _hexval(data[i + 1]) >= 0 and \
                    _hexval(data[i + 2]) >= 0:
                out.append(_hexval(data[i + 1]) * 16 + _hexval(data[i + 2]))
                i += 3
                continue
            out.append(c)
            i += 1
        elif header and c == 95:
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)
