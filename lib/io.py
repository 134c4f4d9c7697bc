"""In-memory streams (StringIO, BytesIO) and the file API re-exported from os."""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


try:
    # the file objects of os raise this same class
    from os import UnsupportedOperation
except ImportError:
    class UnsupportedOperation(OSError, ValueError):
        pass


class IOBase:
    _closed = False
    _closed_msg = "I/O operation on closed file."

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._check_open()

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines, total = [], 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)


RawIOBase = BufferedIOBase = TextIOBase = IOBase


class _MemoryIO(IOBase):
    """Shared logic: the buffer is a str or bytes, with a position."""
    _empty = None
    _kind = None

    def __init__(self, initial):
        if initial is None:
            initial = self._empty
        self._buf = self._coerce(initial, "initial_value")
        self._pos = 0

    def _msg(self, text):
        return text

    def getvalue(self):
        self._check_open()
        return self._buf

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(self._msg("negative seek value") + f" {pos}")
            self._pos = pos
        elif whence == 1:
            self._seek_relative(pos)
        elif whence == 2:
            self._seek_end(pos)
        else:
            raise ValueError(self._msg("invalid whence") + f" ({whence}, should be 0, 1 or 2)")
        return self._pos

    def _seek_relative(self, pos):
        self._pos = max(0, self._pos + pos)

    def _seek_end(self, pos):
        self._pos = max(0, len(self._buf) + pos)

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = self._pos + size
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, min(end, len(self._buf)))
        return data

    def readline(self, size=-1):
        self._check_open()
        nl = self._newline_char()
        i = self._buf.find(nl, self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, min(end, len(self._buf)))
        return data

    def write(self, s):
        self._check_open()
        s = self._coerce(s, None)
        n = len(s)
        if n == 0:
            return 0
        buf = self._buf
        if self._pos > len(buf):
            buf = buf + self._pad * (self._pos - len(buf))
        self._buf = buf[:self._pos] + s + buf[self._pos + n:]
        self._pos += n
        return n

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(self._msg("negative size value") + f" {size}")
        self._buf = self._buf[:size]
        return size


class StringIO(_MemoryIO):
    _empty = ""
    _pad = "\0"
    _kind = str
    _closed_msg = "I/O operation on closed file"

    def _msg(self, text):
        # StringIO words its errors a little differently from BytesIO
        text = text.replace("seek value", "seek position")
        return text[0].upper() + text[1:]

    def __init__(self, initial_value="", newline="\n"):
        self._newline = newline
        super().__init__(initial_value)

    def _coerce(self, s, what):
        if not isinstance(s, str):
            if what:
                raise TypeError(f"{what} must be str or None, not {type(s).__name__}")
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        if self._newline is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        return s

    def _newline_char(self):
        return "\n"

    def _seek_relative(self, pos):
        if pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")

    def _seek_end(self, pos):
        if pos != 0:
            # CPython 3.11 words this case the same way
            raise OSError("Can't do nonzero cur-relative seeks")
        self._pos = len(self._buf)

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def detach(self):
        raise UnsupportedOperation("detach")

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"


class BytesIO(_MemoryIO):
    _empty = b""
    _pad = b"\0"
    _kind = bytes

    def __init__(self, initial_bytes=b""):
        super().__init__(initial_bytes)

    def _coerce(self, s, what):
        if isinstance(s, (bytearray, memoryview)):
            return bytes(s)
        if not isinstance(s, bytes):
            raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")
        return s

    def _newline_char(self):
        return b"\n"

    def getbuffer(self):
        return bytearray(self._buf)

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"


def _reexport_from_os():
    import builtins
    g = globals()
    g["open"] = builtins.open
    try:
        import os
    except ImportError:
        return
    for name in ("TextIOWrapper", "FileIO", "BufferedReader", "BufferedWriter",
                 "BufferedRandom"):
        if hasattr(os, name):
            g[name] = getattr(os, name)


_reexport_from_os()
del _reexport_from_os
