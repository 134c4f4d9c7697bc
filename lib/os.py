"""os -- the operating-system interface over Pipit's virtual file system.

The file-system calls come from the native `posix` module; the file objects
that the builtin open() returns live here (_open), written through to the
VFS on every write so that a file never closed still has its content.
"""

import sys
import posix
from posix import *
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
linesep = '\n'
error = OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

_S_IFDIR = 0o040000
_S_IFREG = 0o100000


class _Environ(dict):
    def __repr__(self):
        return 'environ(' + dict.__repr__(self) + ')'

    def copy(self):
        return dict(self)


environ = _Environ()


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    pass


def unsetenv(key):
    pass


def getpid():
    return 1


def cpu_count():
    return 1


def strerror(code):
    return {2: 'No such file or directory', 17: 'File exists',
            20: 'Not a directory', 21: 'Is a directory',
            39: 'Directory not empty'}.get(code, 'Unknown error %d' % code)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(p).__name__)
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(p).__name__, type(r).__name__))
    return r


class PathLike:
    """The protocol of objects with __fspath__ (an ABC in CPython)."""

    def __fspath__(self):
        raise NotImplementedError


class stat_result(tuple):
    """The result of stat(): (mode, ino, dev, nlink, uid, gid, size, atime,
    mtime, ctime) with the float times as attributes too."""
    n_sequence_fields = 10
    n_fields = 10
    n_unnamed_fields = 0
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
              'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 10:
            raise TypeError('os.stat_result() takes a 10-sequence (%d-sequence given)'
                            % len(seq))
        return tuple.__new__(cls, seq)

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: float(self[7]))
    st_mtime = property(lambda self: float(self[8]))
    st_ctime = property(lambda self: float(self[9]))

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._names, self)) + ')'

    def __reduce__(self):
        return (stat_result, (tuple(self),))


def stat(p, *, dir_fd=None, follow_symlinks=True):
    p = fspath(p)
    kind = posix._kind(p)
    if kind == 2:
        return stat_result((_S_IFDIR | 0o755, 0, 0, 2, 0, 0, 4096, 0, 0, 0))
    size = len(posix._read(p))
    return stat_result((_S_IFREG | 0o644, 0, 0, 1, 0, 0, size, 0, 0, 0))


lstat = stat


def access(p, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return posix._kind(fspath(p)) != 0


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return False

    def stat(self, *, follow_symlinks=True):
        return stat(self.path)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % self.name


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self._it = iter(())

    def close(self):
        self._it = iter(())


def scandir(p='.'):
    p = fspath(p)
    return _ScandirIterator([DirEntry(p, n) for n in listdir(p)])


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs = []
    nondirs = []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs


# ---- the file objects that the builtin open() returns ----

class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'

_MODE_CHARS = set('rwaxbt+')


def _parse_mode(mode):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not "
                        + type(mode).__name__)
    if not set(mode) <= _MODE_CHARS or len(set(mode)) != len(mode):
        raise ValueError('invalid mode: %r' % mode)
    kinds = [c for c in mode if c in 'rwax']
    if len(kinds) != 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if 'b' in mode and 't' in mode:
        raise ValueError("can't have text and binary mode at once")
    return kinds[0], '+' in mode, 'b' in mode


def _open(file, mode='r', buffering=-1, encoding=None, errors=None,
          newline=None, closefd=True, opener=None):
    if isinstance(file, int) and not isinstance(file, bool):
        raise OSError(9, 'Bad file descriptor')
    if not isinstance(file, (str, bytes)) and not hasattr(type(file), '__fspath__'):
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(file).__name__)
    kind, plus, binary = _parse_mode(mode)
    if binary:
        if encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        if errors is not None:
            raise ValueError("binary mode doesn't take an errors argument")
        if newline is not None:
            raise ValueError("binary mode doesn't take a newline argument")
    if newline is not None and not isinstance(newline, str):
        raise TypeError("open() argument 'newline' must be str or None, not "
                        + type(newline).__name__)
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError('illegal newline value: ' + newline)
    if not binary:
        cls = TextIOWrapper
    elif plus:
        cls = BufferedRandom
    elif kind == 'r':
        cls = BufferedReader
    else:
        cls = BufferedWriter
    return cls(file, fspath(file), mode, kind, plus, binary, encoding,
               errors, newline)


class _File:
    def __init__(self, name, p, mode, kind, plus, binary, encoding, errors, newline):
        self.name = name
        self._path = p
        self._mode = mode
        self._binary = binary
        self._readable = kind == 'r' or plus
        self._writable = kind != 'r' or plus
        self._append = kind == 'a'
        self._newline = newline
        self._errors = errors or 'strict'
        self.encoding = None if binary else (encoding or 'UTF-8')
        self.closed = False
        k = posix._kind(p)
        if kind == 'x' and k != 0:
            raise FileExistsError(17, 'File exists', name)
        if k == 2:
            raise IsADirectoryError(21, 'Is a directory', name)
        if k == 0 and (kind == 'r' or not p or p.endswith('/')):
            raise FileNotFoundError(2, 'No such file or directory', name)
        if k == 0:
            parent = posix._kind(path.dirname(p) or '.')
            if parent == 1:
                raise NotADirectoryError(20, 'Not a directory', name)
            if parent == 0:
                raise FileNotFoundError(2, 'No such file or directory', name)
        raw = b''
        if kind in 'wx':
            posix._write(p, b'', False)
        elif k == 0 and kind == 'a':
            posix._write(p, b'', True)
        else:
            raw = posix._read(p)
        data = raw if binary else self._decode(raw)
        # write-only files keep no copy of their content (writes at the end
        # are appended to the VFS), so writing a large file stays linear
        self._data = data if self._readable else None
        self._size = len(data)
        self._pos = self._size if self._append else 0

    def _length(self):
        return self._size if self._data is None else len(self._data)

    def _materialise(self):
        if self._data is None:
            raw = posix._read(self._path)
            self._data = raw if self._binary else self._decode(raw)

    def _decode(self, raw):
        text = raw.decode(self.encoding, self._errors)
        if self._newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _encode(self, text):
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        return text.encode(self.encoding, self._errors)

    # -- state checks --

    def _check_open(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def _check_readable(self):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation('not readable' if self._binary else 'not readable')

    def _check_writable(self):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation('not writable')

    @property
    def mode(self):
        if self._binary:
            return self._mode
        return self._mode.replace('t', '')

    def __repr__(self):
        if self._binary:
            return '<_io.%s name=%r>' % (type(self).__name__, self.name)
        return '<_io.TextIOWrapper name=%r mode=%r encoding=%r>' % (
            self.name, self.mode, self.encoding)

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
        return False

    def fileno(self):
        self._check_open()
        raise UnsupportedOperation('fileno')

    # -- reading --

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            end = len(self._data)
        else:
            end = min(self._pos + size, len(self._data))
        chunk = self._data[self._pos:end]
        self._pos = max(self._pos, end)
        return chunk

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_readable()
        nl = b'\n' if self._binary else '\n'
        i = self._data.find(nl, self._pos)
        end = len(self._data) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        chunk = self._data[self._pos:end]
        self._pos = max(self._pos, end)
        return chunk

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- writing --

    def write(self, s):
        self._check_writable()
        if self._binary:
            if isinstance(s, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            s = bytes(s)
        elif not isinstance(s, str):
            raise TypeError('write() argument must be str, not ' + type(s).__name__)
        if self._append:
            self._pos = self._length()
        if self._data is None and self._pos == self._size:
            self._sync(s)
            self._size += len(s)
            self._pos = self._size
            return len(s)
        self._materialise()
        data = self._data
        if self._pos >= len(data):
            padded = self._pos > len(data)
            if padded:
                pad = (b'\0' if self._binary else '\0') * (self._pos - len(data))
                data = data + pad
            self._data = data + s
            self._pos = len(self._data)
            self._sync(None if padded else s)
        else:
            self._data = data[:self._pos] + s + data[self._pos + len(s):]
            self._pos += len(s)
            self._sync(None)
        return len(s)

    def _sync(self, appended):
        """Write through to the VFS: an append when only [appended] is new."""
        if appended is not None:
            posix._write(self._path, appended if self._binary else self._encode(appended), True)
        else:
            raw = self._data if self._binary else self._encode(self._data)
            posix._write(self._path, raw, False)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check_writable()
        if size is None:
            size = self._pos
        if size < 0:
            raise OSError(22, 'Invalid argument')
        self._materialise()
        self._data = self._data[:size]
        self._sync(None)
        return size

    def flush(self):
        self._check_open()

    # -- positioning --

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, offset, whence=0):
        self._check_open()
        if not isinstance(offset, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(offset).__name__)
        if whence == 0:
            if offset < 0:
                raise ValueError('negative seek position %d' % offset)
            self._pos = offset
        elif whence == 1:
            if offset != 0 and not self._binary:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            self._pos = max(0, self._pos + offset)
        elif whence == 2:
            if offset != 0 and not self._binary:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self._pos = max(0, self._length() + offset)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def close(self):
        self.closed = True

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()


# The names CPython's io gives the objects open() returns.
class TextIOWrapper(_File):
    pass


class BufferedReader(_File):
    pass


class BufferedWriter(_File):
    pass


class BufferedRandom(_File):
    pass


for _cls in (TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom):
    _cls.__module__ = '_io'
del _cls
