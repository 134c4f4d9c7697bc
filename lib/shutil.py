"""High-level file operations: copy, copytree, rmtree, move, which."""
import os
import sys
import fnmatch
import collections

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2',
           'copytree', 'move', 'rmtree', 'Error', 'SpecialFileError',
           'ExecError', 'make_archive', 'get_archive_formats',
           'register_archive_format', 'unregister_archive_format',
           'get_unpack_formats', 'register_unpack_format',
           'unregister_unpack_format', 'unpack_archive', 'ignore_patterns',
           'chown', 'which', 'get_terminal_size', 'SameFileError',
           'disk_usage']

COPY_BUFSIZE = 64 * 1024

# none of the platform fast paths (sendfile, fcopyfile, dir_fd walks,
# extended attributes) exist on the virtual file system
_USE_CP_SENDFILE = False
_HAS_FCOPYFILE = False
_use_fd_functions = False


class _GiveupOnFastCopy(Exception):
    """A fast-copy path gave up; the plain copy follows."""


def _copyxattr(*args, **kwargs):
    pass


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation on a special file."""


class ExecError(OSError):
    """Raised when a command could not be executed."""


class ReadError(OSError):
    """Raised when an archive cannot be read."""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving formats fails."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy data from file-like object fsrc to file-like object fdst."""
    if not length:
        length = COPY_BUFSIZE
    fsrc_read = fsrc.read
    fdst_write = fdst.write
    while True:
        buf = fsrc_read(length)
        if not buf:
            break
        fdst_write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except (OSError, AttributeError):
        return (os.path.normcase(os.path.abspath(src))
                == os.path.normcase(os.path.abspath(dst)))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy data from src to dst in the most efficient way possible."""
    sys.audit('shutil.copyfile', src, dst) if hasattr(sys, 'audit') else None
    if _samefile(src, dst):
        raise SameFileError('{!r} and {!r} are the same file'.format(src, dst))
    with open(src, 'rb') as fsrc:
        try:
            with open(dst, 'wb') as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            if not os.path.exists(dst):
                raise FileNotFoundError('Directory does not exist: %s'
                                        % dst) from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy mode bits from src to dst (modes are fixed here: nothing to do)."""
    os.stat(src)
    os.stat(dst)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy file metadata (fixed here: only checks both exist)."""
    os.stat(src)
    os.stat(dst)


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits ("cp src dst"). Return the file's destination."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata. Return the file's destination."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """Function that can be used as copytree() ignore parameter."""
    def _ignore_patterns(path, names):
        ignored_names = []
        for pattern in patterns:
            ignored_names.extend(fnmatch.filter(names, pattern))
        return set(ignored_names)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy a directory tree and return the destination."""
    names = os.listdir(src)
    ignored_names = ignore(os.fspath(src), names) if ignore is not None \
        else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored_names:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    if errors:
        raise Error(errors)
    return dst


def _rmtree_inner(path, onerror):
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.listdir, path, sys.exc_info())
        names = []
    for name in names:
        fullname = os.path.join(path, name)
        if os.path.isdir(fullname):
            _rmtree_inner(fullname, onerror)
        else:
            try:
                os.remove(fullname)
            except OSError:
                onerror(os.remove, fullname, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Recursively delete a directory tree."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    if not os.path.exists(path):
        try:
            os.listdir(path)
        except OSError:
            onerror(os.listdir, path, sys.exc_info())
        return
    if not os.path.isdir(path):
        try:
            raise NotADirectoryError(20, 'Not a directory', path)
        except OSError:
            onerror(os.listdir, path, sys.exc_info())
        return
    _rmtree_inner(path, onerror)


rmtree.avoids_symlink_attacks = False


def _basename(path):
    path = os.fspath(path)
    sep = os.path.sep + (os.path.altsep or '')
    return os.path.basename(path.rstrip(sep))


def move(src, dst, copy_function=copy2):
    """Recursively move a file or directory to another location."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'."
                            % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


_ntuple_diskusage = collections.namedtuple('usage', 'total used free')


def disk_usage(path):
    """Total, used and free space (the virtual file system reports zeros)."""
    os.stat(path)
    return _ntuple_diskusage(0, 0, 0)


def chown(path, user=None, group=None):
    """Change owner user and group of the given path (no owners here)."""
    if user is None and group is None:
        raise ValueError('user and/or group must be set')
    os.stat(path)


def get_terminal_size(fallback=(80, 24)):
    """Get the size of the terminal window (COLUMNS/LINES or the fallback)."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0:
        columns = fallback[0]
    if lines <= 0:
        lines = fallback[1]
    return os.terminal_size((columns, lines)) if hasattr(os, 'terminal_size') \
        else _terminal_size(columns, lines)


_terminal_size = collections.namedtuple('terminal_size', 'columns lines')


def which(cmd, mode=os.F_OK | os.X_OK if hasattr(os, 'X_OK') else 1,
          path=None):
    """The path of the executable cmd on PATH, or None."""
    if os.path.dirname(cmd):
        if os.path.exists(cmd) and not os.path.isdir(cmd):
            return cmd
        return None
    if path is None:
        path = os.environ.get('PATH', None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    for dir in path.split(os.pathsep):
        name = os.path.join(dir, cmd)
        if os.path.exists(name) and not os.path.isdir(name):
            return name
    return None


_ARCHIVE_FORMATS = {}
_UNPACK_FORMATS = {}


def get_archive_formats():
    return sorted((name, registry[2]) for name, registry in
                  _ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=''):
    _ARCHIVE_FORMATS[name] = (function, extra_args or [], description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    try:
        func, args, _ = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    return func(base_name, base_dir or os.curdir, **dict(args))


def get_unpack_formats():
    return sorted((name, info[0], info[3]) for name, info in
                  _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None,
                           description=''):
    _UNPACK_FORMATS[name] = (extensions, function, extra_args or [],
                             description)


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    raise ReadError('Unknown archive format %r' % (filename,))
