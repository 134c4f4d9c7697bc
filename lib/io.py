"""Streams: the file objects open() returns and the in-memory StringIO and
BytesIO are native (module _io); IOBase and friends are the classes Python
code subclasses, and they recognise the native streams too."""

import abc as _abc
from _io import (StringIO, BytesIO, TextIOWrapper, BufferedReader,
                 BufferedWriter, BufferedRandom, open)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding",
           "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


try:
    # the file objects raise this same class
    from os import UnsupportedOperation
except ImportError:
    class UnsupportedOperation(OSError, ValueError):
        pass


class IOBase(metaclass=_abc.ABCMeta):
    """The base of every stream: the closed state, context management,
    iteration by lines; the operations a stream lacks raise
    UnsupportedOperation."""

    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def __del__(self):
        try:
            closed = self.closed
        except AttributeError:
            return
        if closed:
            return
        try:
            self.close()
        except Exception:
            pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file."
                             if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable."
                                       if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable."
                                       if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable."
                                       if msg is None else msg)

    # the older spelling, kept for the classes written against it
    def _check_open(self):
        self._checkClosed()

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        if size is None:
            size = -1
        elif not isinstance(size, int):
            size = size.__index__()
        peek = getattr(self, "peek", None)
        res = bytearray()
        while size < 0 or len(res) < size:
            nreadahead = 1
            if peek is not None:
                readahead = peek(1)
                if readahead:
                    n = (readahead.find(b"\n") + 1) or len(readahead)
                    if size >= 0:
                        n = min(n, size)
                    nreadahead = n
            b = self.read(nreadahead)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Raw binary streams: read() is built on readinto()."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size.__index__())
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(8192)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class BufferedIOBase(IOBase):
    """Buffered binary streams."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def readinto(self, b):
        return self._readinto(b, read1=False)

    def readinto1(self, b):
        return self._readinto(b, read1=True)

    def _readinto(self, b, read1):
        if not isinstance(b, memoryview):
            b = memoryview(b)
        b = b.cast('B')
        data = self.read1(len(b)) if read1 else self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Text streams."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def readline(self):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


for _cls in (BufferedReader, BufferedWriter, BufferedRandom, BytesIO):
    BufferedIOBase.register(_cls)
for _cls in (TextIOWrapper, StringIO):
    TextIOBase.register(_cls)
del _cls



import os as _os


class FileIO(RawIOBase):
    """Raw binary I/O over an os descriptor (os.open/read/write/lseek)."""

    def __init__(self, file, mode='r', closefd=True, opener=None):
        self._fd = -1
        self._closed = False
        self._blksize = 4096
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s"
                            % type(mode).__name__)
        if isinstance(file, int) and not isinstance(file, bool):
            if file < 0:
                raise ValueError('negative file descriptor')
            fd = file
        else:
            fd = -1
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
        if not set(mode) <= set('xrwab+'):
            raise ValueError('invalid mode: %s' % (mode,))
        kinds = sum(c in 'rwax' for c in mode)
        if kinds != 1 or mode.count('+') > 1:
            raise ValueError('Must have exactly one of create/read/write/append '
                             'mode and at most one plus')
        self._readable = 'r' in mode or '+' in mode
        self._writable = 'r' not in mode or '+' in mode
        self._appending = 'a' in mode
        self._created = 'x' in mode
        flags = (_os.O_RDWR if self._readable and self._writable
                 else _os.O_WRONLY if self._writable else _os.O_RDONLY)
        if 'x' in mode:
            flags |= _os.O_EXCL | _os.O_CREAT
        elif 'w' in mode:
            flags |= _os.O_CREAT | _os.O_TRUNC
        elif 'a' in mode:
            flags |= _os.O_APPEND | _os.O_CREAT
        flags |= _os.O_CLOEXEC
        if fd < 0:
            if opener is None:
                fd = _os.open(file, flags, 0o666)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError('expected integer from opener')
                if fd < 0:
                    raise ValueError('opener returned %d' % fd)
        try:
            if _os.fstat(fd).st_mode & 0o170000 == 0o040000:
                raise IsADirectoryError(21, 'Is a directory',
                                        None if fd == file else file)
        except OSError:
            if fd != file and closefd:
                _os.close(fd)
            raise
        self._fd = fd
        self._closefd = closefd
        self.name = file
        if self._appending:
            _os.lseek(fd, 0, 2)

    @property
    def closed(self):
        return self._closed

    def _check_open(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    def __repr__(self):
        name = type(self).__module__ + '.' + type(self).__qualname__
        if name == 'io.FileIO':
            name = '_io.FileIO'
        if self._closed:
            return '<%s [closed]>' % name
        try:
            n = self.name
        except AttributeError:
            return '<%s fd=%d mode=%r closefd=%r>' % (name, self._fd, self.mode, self._closefd)
        return '<%s name=%r mode=%r closefd=%r>' % (name, n, self.mode, self._closefd)

    def _check_readable(self):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')

    def _check_writable(self):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')

    def fileno(self):
        self._check_open()
        return self._fd

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return _os.isatty(self._fd)

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            return self.readall()
        return _os.read(self._fd, size)

    def readall(self):
        self._check_readable()
        chunks = []
        while True:
            b = _os.read(self._fd, 65536)
            if not b:
                break
            chunks.append(b)
        return b''.join(chunks)

    def readinto(self, b):
        self._check_readable()
        m = memoryview(b).cast('B')
        data = _os.read(self._fd, len(m))
        n = len(data)
        m[:n] = data
        return n

    def write(self, b):
        self._check_writable()
        return _os.write(self._fd, memoryview(b).cast('B'))

    def seek(self, pos, whence=0):
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        self._check_open()
        return _os.lseek(self._fd, pos, whence)

    def tell(self):
        self._check_open()
        return _os.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._check_writable()
        if size is None:
            size = self.tell()
        _os.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self._closed:
            try:
                if self._closefd and self._fd >= 0:
                    _os.close(self._fd)
            finally:
                self._closed = True

    def __del__(self):
        if self._fd >= 0 and not self._closed:
            try:
                self.close()
            except OSError:
                pass

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")


RawIOBase.register(FileIO)


def open_code(path):
    """Open [path] for reading as code (binary)."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s"
                        % type(path).__name__)
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """The encoding open() would use for [encoding] (None means the
    locale's)."""
    if encoding is None:
        return "locale"
    return encoding


class IncrementalNewlineDecoder:
    """Wraps a decoder and translates "\r\n" and "\r" to "\n" when
    [translate]; records the line endings seen (newlines)."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.pendingcr = False
        self.seennl = 0

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        self.seennl |= (lf and 1) | (cr and 2) | (crlf and 4)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"),
                ("\r", "\r\n"), ("\r", "\n", "\r\n"))[self.seennl]


BlockingIOError = BlockingIOError


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer joined into one stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self.reader = reader
        self.writer = writer

    def read(self, size=-1):
        return self.reader.read(-1 if size is None else size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed


# the native module carries the same names as CPython's _io
import _io
for _name in ('FileIO', 'open_code', 'text_encoding', 'IncrementalNewlineDecoder',
              'UnsupportedOperation', 'DEFAULT_BUFFER_SIZE'):
    setattr(_io, _name, globals()[_name])
_io._RawIOBase = RawIOBase
_io._BufferedIOBase = BufferedIOBase
_io._TextIOBase = TextIOBase
del _name
