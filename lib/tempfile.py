"""Temporary files and directories (on the virtual file system)."""
import os
import io
import shutil
import random as _random
import weakref as _weakref

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile',
           'TemporaryDirectory', 'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX',
           'gettempprefix', 'tempdir', 'gettempdir', 'gettempprefixb',
           'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = None


def _random_name():
    global _rng
    if _rng is None:
        _rng = _random.Random()
    return ''.join(_rng.choice(_CHARACTERS) for _ in range(8))


def gettempprefix():
    """The default prefix for temporary names."""
    return template


def gettempprefixb():
    return os.fsencode(template) if hasattr(os, 'fsencode') \
        else template.encode()


def _candidate_tempdir_list():
    dirlist = []
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = os.environ.get(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    return dirlist


def _usable_dir(candidate):
    """True if a new directory can be made inside candidate."""
    try:
        os.makedirs(candidate, exist_ok=True)
    except OSError:
        pass
    probe = os.path.join(candidate, 'tmp' + _random_name())
    try:
        os.mkdir(probe)
    except OSError:
        return False
    try:
        os.rmdir(probe)
    except OSError:
        pass
    return True


def gettempdir():
    """The default directory for temporary files (created if needed).

    A directory the host has but the virtual file system cannot write into
    is skipped; the current directory is the last resort, as in CPython."""
    global tempdir
    if tempdir is None:
        for candidate in _candidate_tempdir_list() + [os.getcwd()]:
            if _usable_dir(candidate):
                tempdir = os.path.abspath(candidate)
                break
        else:
            raise FileNotFoundError(2, 'No usable temporary directory found')
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def _sanitize_params(prefix, suffix, dir):
    output_type = str
    if isinstance(prefix, bytes) or isinstance(suffix, bytes) or \
            isinstance(dir, bytes):
        output_type = bytes
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else template.encode()
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


def _names(prefix, suffix, dir, output_type):
    for _ in range(TMP_MAX):
        name = _random_name()
        if output_type is bytes:
            name = name.encode()
        yield os.path.join(dir, prefix + name + suffix)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file; return (handle, absolute path). Handles are ints
    only where the platform has them: here the path is what matters."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    for file in _names(prefix, suffix, dir, output_type):
        if os.path.exists(file):
            continue
        with open(file, 'xb'):
            pass
        fd = _open_fd(file)
        return fd, os.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary file name found')


def _open_fd(file):
    opener = getattr(os, 'open', None)
    if opener is None:
        return -1
    try:
        return opener(file, getattr(os, 'O_RDWR', 2))
    except (OSError, TypeError):
        return -1


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory and return its absolute path."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    for file in _names(prefix, suffix, dir, output_type):
        try:
            os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    """Return a name that did not exist when asked (unsafe: prefer mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for file in _names(prefix, suffix, dir, str):
        if not os.path.exists(file):
            return file
    raise FileExistsError(17, 'No usable temporary filename found')


class _TemporaryFileWrapper:
    """A file object whose file is removed when it is closed."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._cleanup()
        return result

    def close(self):
        self.file.close()
        self._cleanup()

    def _cleanup(self):
        if not self._closed:
            self._closed = True
            if self.delete:
                try:
                    os.unlink(self.name)
                except OSError:
                    pass

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object at %#x>' % id(self)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *,
                       errors=None):
    """A temporary file with a visible name, removed on close if delete."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    fd, name = mkstemp(suffix, prefix, dir)
    _close_fd(fd)
    if 'b' not in mode and encoding is None:
        encoding = 'utf-8'
    file = open(name, mode, buffering=buffering, newline=newline,
                encoding=encoding, errors=errors)
    return _TemporaryFileWrapper(file, name, delete)


def _close_fd(fd):
    if fd >= 0 and hasattr(os, 'close'):
        try:
            os.close(fd)
        except OSError:
            pass


TemporaryFile = NamedTemporaryFile


class SpooledTemporaryFile(io.IOBase):
    """Temporary file kept in memory until it grows over max_size."""
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None, *,
                 errors=None):
        if 'b' in mode:
            self._file = io.BytesIO()
        else:
            self._file = io.StringIO(newline='\n')
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering,
                                   'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError('Cannot enter context with closed file')
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def getvalue(self):
        return self._file.getvalue()

    def flush(self):
        self._file.flush()

    def readable(self):
        return self._file.readable()

    def seekable(self):
        return self._file.seekable()

    def writable(self):
        return self._file.writable()


class TemporaryDirectory:
    """A directory removed (with its contents) on exit of the with block."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._closed = False

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._closed and os.path.exists(self.name):
            self._closed = True
            shutil.rmtree(self.name,
                          ignore_errors=self._ignore_cleanup_errors)

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
