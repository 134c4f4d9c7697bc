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


from collections.abc import MutableMapping as _MutableMapping


class _Environ(_MutableMapping):
    """The process environment as a mapping: environ holds str, environb
    the same entries as bytes."""

    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        self._data[key] = value

    def __delitem__(self, key):
        encodedkey = self.encodekey(key)
        try:
            del self._data[encodedkey]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in list(self._data):
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        formatted = ", ".join(f"{self.decodekey(k)!r}: {self.decodevalue(v)!r}"
                              for k, v in self._data.items())
        return f"environ({{{formatted}}})"

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


def _check_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


def _str_to_bytes(value):
    return value.encode('utf-8', 'surrogateescape')


def _bytes_to_str(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value.decode('utf-8', 'surrogateescape')


_environ_data = {}
environ = _Environ(_environ_data, _check_str, str, _check_str, str)
environb = _Environ(_environ_data, _bytes_to_str, _str_to_bytes,
                    _bytes_to_str, _str_to_bytes)
del _environ_data


def getenv(key, default=None):
    return environ.get(key, default)


def getenvb(key, default=None):
    return environb.get(key, default)


def putenv(key, value):
    for v in (key, value):
        if not isinstance(v, (str, bytes)) and not hasattr(type(v), '__fspath__'):
            raise TypeError('str, bytes or os.PathLike object expected, not %s'
                            % type(v).__name__)
    k = fsdecode(key)
    if not k or '=' in k:
        raise ValueError('illegal environment variable name')


def unsetenv(key):
    k = fsdecode(key)
    if not k or '=' in k:
        raise ValueError('illegal environment variable name')


def getcwdb():
    return getcwd().encode('utf-8', 'surrogateescape')


def getpid():
    return 1


def cpu_count():
    return 1


def strerror(code):
    return {1: 'Operation not permitted', 2: 'No such file or directory',
            9: 'Bad file descriptor', 13: 'Permission denied',
            17: 'File exists', 20: 'Not a directory', 21: 'Is a directory',
            22: 'Invalid argument', 29: 'Illegal seek',
            39: 'Directory not empty'}.get(code, 'Unknown error %d' % code)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    try:
        f = type(p).__fspath__
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(p).__name__) from None
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(p).__name__, type(r).__name__))
    return r


import abc as _abc


class PathLike(_abc.ABC):
    """The protocol of objects with __fspath__: any class that defines it
    is a virtual subclass."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for c in subclass.__mro__:
                if '__fspath__' in c.__dict__:
                    return c.__dict__['__fspath__'] is not None
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_STAT_EXTRA = ('st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns',
               'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev')


class stat_result(tuple):
    """The result of stat(): ten fields by index (integer times), the float
    and nanosecond times and the block fields by name, as CPython's."""
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
              'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 10:
            raise TypeError('os.stat_result() takes an at least 10-sequence '
                            '(%d-sequence given)' % len(seq))
        if len(seq) > 19:
            raise TypeError('os.stat_result() takes an at most 19-sequence '
                            '(%d-sequence given)' % len(seq))
        self = tuple.__new__(cls, seq[:10])
        extra = {}
        for i, n in enumerate(_STAT_EXTRA):
            if 10 + i < len(seq):
                extra[n] = seq[10 + i]
            elif dict is not None and n in dict:
                extra[n] = dict[n]
            else:
                extra[n] = None
        self._x = extra
        return self

    def _extra(self, n, i):
        v = self._x.get(n)
        if v is None and i is not None:
            return self[i]
        return v

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._extra('st_atime', 7))
    st_mtime = property(lambda self: self._extra('st_mtime', 8))
    st_ctime = property(lambda self: self._extra('st_ctime', 9))
    st_atime_ns = property(lambda self: self._extra('st_atime_ns', None))
    st_mtime_ns = property(lambda self: self._extra('st_mtime_ns', None))
    st_ctime_ns = property(lambda self: self._extra('st_ctime_ns', None))
    st_blksize = property(lambda self: self._extra('st_blksize', None))
    st_blocks = property(lambda self: self._extra('st_blocks', None))
    st_rdev = property(lambda self: self._extra('st_rdev', None))

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._names, self)) + ')'

    def __reduce__(self):
        return (stat_result, (tuple(self), dict(self._x)))


def _make_stat(raw):
    mode, ino, dev, nlink, uid, gid, size, at, mt, ct = raw
    ns = [int(t * 1e9) for t in (at, mt, ct)]
    return stat_result((mode, ino, dev, nlink, uid, gid, size,
                        int(at), int(mt), int(ct), at, mt, ct,
                        ns[0], ns[1], ns[2], 4096, (size + 511) // 512, 0))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if isinstance(path, int) and not isinstance(path, bool):
        return fstat(path)
    return _make_stat(posix._stat(path))


def fstat(fd):
    return _make_stat(posix._fstat(fd))


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError('utime: \'times\' must be either a tuple of two ints or None')
        at, mt = times
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError('utime: \'ns\' must be a tuple of two ints')
        at, mt = ns[0] / 1e9, ns[1] / 1e9
    else:
        at = mt = None
    posix._utime(path, at, mt)


def truncate(path, length):
    if isinstance(path, int) and not isinstance(path, bool):
        return ftruncate(path, length)
    return posix.truncate(path, length)


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError('invalid fd type (%s, expected integer)' % type(fd).__name__)
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def get_blocking(fd):
    fstat(fd)
    return True


def set_blocking(fd, blocking):
    fstat(fd)


def get_inheritable(fd):
    fstat(fd)
    return False


def set_inheritable(fd, inheritable):
    fstat(fd)


def device_encoding(fd):
    return None


def umask(mask):
    return 0o022


def getuid():
    return 0


geteuid = getgid = getegid = getuid


def getppid():
    return 0


def getlogin():
    return 'user'


def urandom(n):
    import random
    return random.randbytes(n)


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def get_exec_path(env=None):
    if env is None:
        env = environ
    p = env.get('PATH', defpath)
    return p.split(pathsep)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    raise OSError(38, 'Function not implemented')


def readlink(path, *, dir_fd=None):
    p = fspath(path)
    if posix._kind(p) == 0:
        raise FileNotFoundError(2, 'No such file or directory', p)
    raise OSError(22, 'Invalid argument', p)


O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_NDELAY = O_NONBLOCK
O_DSYNC = 0o10000
O_SYNC = 0o4010000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_CLOEXEC = 0o2000000
O_ACCMODE = 3

supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()
supports_follow_symlinks = set()
supports_bytes_environ = True


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

    def inode(self):
        return stat(self.path).st_ino

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

# The file objects open() returns are native (module _io); these are
# their names as CPython's io gives them.
from _io import TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom


import types as _types
__all__ = sorted(n for n, v in globals().items()
                 if not n.startswith('_') and not isinstance(v, _types.ModuleType)
                 and n not in ('TextIOWrapper', 'BufferedReader', 'BufferedWriter',
                               'BufferedRandom', 'UnsupportedOperation'))
__all__.append('path')
del _types
