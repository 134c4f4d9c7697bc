"""gzip: compress and decompress gzip data (RFC 1952), and gzip files."""

import zlib
import io

READ, WRITE = 'rb', 'wb'
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_BEST = 9


class BadGzipFile(OSError):
    pass


def _header(level, mtime):
    import time
    if mtime is None:
        mtime = time.time()
    xfl = 2 if level == 9 else 4 if level == 1 else 0
    os_byte = 3 if mtime == 0 else 255   # as CPython: zlib's own header when mtime is 0
    return (b'\x1f\x8b\x08\x00' + (int(mtime) & 0xFFFFFFFF).to_bytes(4, 'little')
            + bytes((xfl, os_byte)))


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    data = bytes(data)
    body = zlib.compress(data, compresslevel, -15)
    return (_header(compresslevel, mtime) + body
            + zlib.crc32(data).to_bytes(4, 'little')
            + (len(data) & 0xFFFFFFFF).to_bytes(4, 'little'))


def decompress(data):
    """Every member of [data], concatenated."""
    data = bytes(data)
    out = []
    while data:
        if data[:2] != b'\x1f\x8b':
            raise BadGzipFile('Not a gzipped file (%r)' % data[:2])
        d = zlib.decompressobj(31)
        out.append(d.decompress(data))
        if not d.eof:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        data = d.unused_data.lstrip(b'\0')
    return b''.join(out)


class GzipFile(io.BytesIO):
    """A gzip file read or written whole: reads decompress at open, writes
    compress at close."""

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError('Invalid mode: {!r}'.format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = open(filename, mode or 'rb')
            self._owns = True
        else:
            self._owns = False
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self.name = filename if filename is not None else getattr(fileobj, 'name', '')
        self.mode = READ if mode.startswith('r') else WRITE
        self.fileobj = fileobj
        self._level = compresslevel
        self._mtime = mtime
        super().__init__(decompress(fileobj.read()) if self.mode == READ else b'')

    def close(self):
        if self.fileobj is None:
            return
        if self.mode == WRITE:
            self.fileobj.write(compress(self.getvalue(), self._level, mtime=self._mtime))
        if self._owns:
            self.fileobj.close()
        self.fileobj = None
        super().close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode='rb', compresslevel=_COMPRESS_LEVEL_BEST, encoding=None,
         errors=None, newline=None):
    import builtins
    binary_mode = mode.replace('t', '')
    if 'b' not in binary_mode:
        binary_mode += 'b'
    if isinstance(filename, (str, bytes)) or hasattr(filename, '__fspath__'):
        raw = GzipFile(None, binary_mode, compresslevel, builtins.open(filename, binary_mode))
        raw._owns = True
        raw.name = filename
    else:
        raw = GzipFile(None, binary_mode, compresslevel, filename)
    if 't' in mode:
        return io.TextIOWrapper(raw, encoding, errors, newline)
    return raw
