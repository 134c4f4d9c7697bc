"""Streams: the file objects open() returns and the in-memory StringIO and
BytesIO are native (module _io); IOBase and friends are the classes Python
code subclasses, and they recognise the native streams too."""

import abc as _abc
from _io import (StringIO, BytesIO, TextIOWrapper, BufferedReader,
                 BufferedWriter, BufferedRandom, open)

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
            if total > hint:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


for _cls in (BufferedReader, BufferedWriter, BufferedRandom, BytesIO):
    BufferedIOBase.register(_cls)
for _cls in (TextIOWrapper, StringIO):
    TextIOBase.register(_cls)
del _cls

FileIO = BufferedReader
