"""zlib: deflate compression with the zlib, gzip and raw framings."""

import _zlibcore

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


error.__module__ = 'zlib'


def crc32(data, value=0, /):
    return _zlibcore.crc32(data, value & 0xFFFFFFFF)


def adler32(data, value=1, /):
    return _zlibcore.adler32(data, value & 0xFFFFFFFF)


def _check_level(level):
    if level == -1:
        return 6
    if not 0 <= level <= 9:
        raise error('Bad compression level')
    return level


def _framing(wbits, decompress):
    """('zlib' | 'gzip' | 'raw' | 'auto', window bits) for a wbits value."""
    if decompress and wbits == 0:
        return 'zlib', 0
    if 8 <= wbits <= 15:
        return 'zlib', wbits
    if -15 <= wbits <= -8:
        return 'raw', -wbits
    if 24 <= wbits <= 31:
        return 'gzip', wbits - 16
    if decompress and 40 <= wbits <= 47:
        return 'auto', wbits - 32
    raise ValueError('Invalid initialization option')


def _zlib_header(level, wbits):
    cmf = ((wbits - 8) << 4) | 8
    flevel = 0 if level < 2 else 1 if level < 6 else 2 if level == 6 else 3
    flg = flevel << 6
    flg += 31 - (cmf * 256 + flg) % 31
    return bytes((cmf, flg))


def _gzip_header(level):
    xfl = 2 if level == 9 else 4 if level == 1 else 0
    return b'\x1f\x8b\x08\x00\x00\x00\x00\x00' + bytes((xfl, 3))


class _Compress:
    def __init__(self, level, framing, wbits):
        self._level = level
        self._framing = framing
        self._wbits = wbits
        self._pending = bytearray()
        self._crc = 0
        self._adler = 1
        self._size = 0
        self._started = False
        self._finished = False

    def _header(self):
        if self._started:
            return b''
        self._started = True
        if self._framing == 'zlib':
            return _zlib_header(self._level, self._wbits)
        if self._framing == 'gzip':
            return _gzip_header(self._level)
        return b''

    def compress(self, data, /):
        if self._finished:
            raise error('Error -2 while compressing data: inconsistent stream state')
        data = memoryview(data).tobytes()
        self._crc = _zlibcore.crc32(data, self._crc)
        self._adler = _zlibcore.adler32(data, self._adler)
        self._size += len(data)
        self._pending += data
        return self._header()

    def flush(self, mode=Z_FINISH, /):
        if mode == Z_NO_FLUSH:
            return b''
        if self._finished:
            raise error('Error -2 while flushing: inconsistent stream state')
        final = mode == Z_FINISH
        out = self._header() + _zlibcore.deflate(bytes(self._pending), self._level, final)
        self._pending = bytearray()
        if final:
            self._finished = True
            if self._framing == 'zlib':
                out += self._adler.to_bytes(4, 'big')
            elif self._framing == 'gzip':
                out += self._crc.to_bytes(4, 'little') + (self._size & 0xFFFFFFFF).to_bytes(4, 'little')
        return out

    def copy(self):
        other = _Compress.__new__(_Compress)
        other.__dict__.update(self.__dict__)
        other._pending = bytearray(self._pending)
        return other


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    if method != DEFLATED or not 1 <= memLevel <= 9:
        raise ValueError('Invalid initialization option')
    if zdict is not None:
        raise NotImplementedError('zdict is not supported')
    framing, bits = _framing(wbits, False)
    return _Compress(_check_level(level), framing, bits)


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    c = compressobj(level, DEFLATED, wbits)
    return c.compress(data) + c.flush()


def _parse_gzip_header(data):
    """The header's length, or None when [data] does not hold all of it."""
    if len(data) < 10:
        return None
    if data[0] != 0x1F or data[1] != 0x8B:
        raise error('Error -3 while decompressing data: incorrect header check')
    if data[2] != 8:
        raise error('Error -3 while decompressing data: unknown compression method')
    flags, pos = data[3], 10
    if flags & 4:
        if len(data) < pos + 2:
            return None
        pos += 2 + int.from_bytes(data[pos:pos + 2], 'little')
    for bit in (8, 16):
        if flags & bit:
            end = data.find(b'\0', pos)
            if end < 0:
                return None
            pos = end + 1
    if flags & 2:
        pos += 2
    return pos if len(data) >= pos else None


def _parse_zlib_header(data, wbits):
    if len(data) < 2:
        return None
    cmf, flg = data[0], data[1]
    if (cmf * 256 + flg) % 31:
        raise error('Error -3 while decompressing data: incorrect header check')
    if cmf & 15 != 8:
        raise error('Error -3 while decompressing data: unknown compression method')
    if (cmf >> 4) + 8 > (wbits or 15):
        raise error('Error -3 while decompressing data: invalid window size')
    if flg & 0x20:
        raise error('Error -3 while decompressing data: need dictionary')
    return 2


class _Decompress:
    def __init__(self, framing, wbits):
        self._framing = framing
        self._wbits = wbits
        self._input = bytearray()
        self._given = 0          # output already returned
        self._output = b''
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False
        self._done = False       # the stream's end has been decoded

    def _run(self):
        """Decodes what has arrived; returns all output so far."""
        data = bytes(self._input)
        framing = self._framing
        if framing == 'auto':
            if len(data) < 2:
                return b''
            framing = 'gzip' if data[:2] == b'\x1f\x8b' else 'zlib'
        if framing == 'gzip':
            start = _parse_gzip_header(data)
        elif framing == 'zlib':
            start = _parse_zlib_header(data, self._wbits)
        else:
            start = 0
        if start is None:
            return b''
        try:
            out, used, finished = _zlibcore.inflate(data[start:])
        except ValueError as e:
            raise error(str(e)) from None
        if not finished:
            return out
        end = start + used
        trailer = {'zlib': 4, 'gzip': 8}.get(framing, 0)
        if len(data) < end + trailer:
            return out
        check = data[end:end + trailer]
        if framing == 'zlib' and int.from_bytes(check, 'big') != _zlibcore.adler32(out, 1):
            raise error('Error -3 while decompressing data: incorrect data check')
        if framing == 'gzip':
            if int.from_bytes(check[:4], 'little') != _zlibcore.crc32(out, 0):
                raise error('Error -3 while decompressing data: incorrect data check')
            if int.from_bytes(check[4:], 'little') != len(out) & 0xFFFFFFFF:
                raise error('Error -3 while decompressing data: incorrect length check')
        self._done = True
        self.unused_data = data[end + trailer:]
        return out

    def decompress(self, data, /, max_length=0):
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        # Input is kept whole and decoded again from the start; what a
        # max_length held back is offered as unconsumed_tail, which the
        # caller passes back (it is not appended a second time).
        resubmitted = data is self.unconsumed_tail and bool(data)
        data = memoryview(data).tobytes()
        if self._done:
            if not resubmitted:
                self.unused_data += data
        else:
            if not resubmitted:
                self._input += data
            self._output = self._run()
        self.unconsumed_tail = b''
        new = self._output[self._given:]
        if max_length and len(new) > max_length:
            new = new[:max_length]
            self.unconsumed_tail = data or b'\0'
        self._given += len(new)
        self.eof = self._done and self._given == len(self._output)
        return new

    def flush(self, length=DEF_BUF_SIZE, /):
        if length <= 0:
            raise ValueError('length must be greater than zero')
        new = self._output[self._given:]
        self._given += len(new)
        self.unconsumed_tail = b''
        self.eof = self._done
        return new

    def copy(self):
        other = _Decompress.__new__(_Decompress)
        other.__dict__.update(self.__dict__)
        other._input = bytearray(self._input)
        return other


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    if zdict:
        raise NotImplementedError('zdict is not supported')
    framing, bits = _framing(wbits, True)
    return _Decompress(framing, bits)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    if bufsize < 0:
        raise ValueError('bufsize must be non-negative')
    d = decompressobj(wbits)
    out = d.decompress(data)
    if not d._done:
        raise error('Error -5 while decompressing data: incomplete or truncated stream')
    return out
