"""Object-oriented filesystem paths (POSIX flavour), CPython 3.11 behaviour."""
import os
import posixpath
import fnmatch
import io
from stat import S_ISDIR, S_ISREG

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath',
           'WindowsPath']


def _parse_parts(parts):
    """Split the given pieces into (root, [names]) the POSIX way."""
    root = ''
    names = []
    for part in parts:
        if not part:
            continue
        if part.startswith('/'):
            names = []
            root = '//' if part.startswith('//') and not \
                part.startswith('///') else '/'
        for x in part.split('/'):
            if x and x != '.':
                names.append(x)
    return root, names


class PurePath:
    """Base class for manipulating paths without I/O."""
    __slots__ = ('_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        strs = []
        for a in args:
            if isinstance(a, PurePath):
                strs.append(str(a))
                continue
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError('argument should be a str object or an '
                                'os.PathLike object returning str, not %r'
                                % type(a))
            strs.append(a)
        root, names = _parse_parts(strs)
        return cls._from_parsed(root, names)

    @classmethod
    def _from_parsed(cls, root, names):
        self = object.__new__(cls)
        self._root = root
        self._parts = tuple(names)
        self._str = None
        self._hash = None
        return self

    def _make_child(self, names):
        root, parts = _parse_parts([str(self)] + list(names))
        return self._from_parsed(root, parts)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            s = self._root + '/'.join(self._parts)
            self._str = s or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation with forward slashes."""
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self)) if hasattr(os, 'fsencode') \
            else str(self).encode()

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(str(self).encode('utf-8'))

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath) or \
                not isinstance(other, PurePosixPath) != \
                (not isinstance(self, PurePosixPath)):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def _cmp_ok(self, other):
        return isinstance(other, PurePath) and \
            isinstance(other, PurePosixPath) == isinstance(self, PurePosixPath)

    def __lt__(self, other):
        if not self._cmp_ok(other):
            return NotImplemented
        return self._cmp_parts() < other._cmp_parts()

    def __le__(self, other):
        if not self._cmp_ok(other):
            return NotImplemented
        return self._cmp_parts() <= other._cmp_parts()

    def __gt__(self, other):
        if not self._cmp_ok(other):
            return NotImplemented
        return self._cmp_parts() > other._cmp_parts()

    def __ge__(self, other):
        if not self._cmp_ok(other):
            return NotImplemented
        return self._cmp_parts() >= other._cmp_parts()

    def _cmp_parts(self):
        return list(self.parts)

    @property
    def drive(self):
        """The drive prefix (always empty on POSIX)."""
        return ''

    @property
    def root(self):
        """The root of the path, if any."""
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._root

    @property
    def parts(self):
        """An object providing sequence-like access to the path's components."""
        if self._root:
            return (self._root,) + self._parts
        return self._parts

    @property
    def name(self):
        """The final path component, if any."""
        if not self._parts:
            return ''
        return self._parts[-1]

    @property
    def suffix(self):
        """The final component's last suffix, if any."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._from_parsed(self._root, self._parts[:-1] + (name,))

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed (or added)."""
        if '/' in suffix:
            raise ValueError('Invalid suffix %r' % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._from_parsed(self._root, self._parts[:-1] + (name,))

    def relative_to(self, *other):
        """Return the relative path to another path identified by the args."""
        if not other:
            raise TypeError('need at least one argument')
        to = self._from_parts(other)
        n = len(to._parts)
        if to._root != self._root or self._parts[:n] != to._parts:
            formatted = str(to)
            raise ValueError('{!r} is not in the subpath of {!r} OR one path '
                             'is relative and the other is absolute.'
                             .format(str(self), formatted))
        return self._from_parsed('', self._parts[n:])

    def is_relative_to(self, *other):
        """True if the path is relative to another path or False."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """Combine this path with one or several arguments."""
        return self._make_child([os.fspath(a) if not isinstance(a, PurePath)
                                 else str(a) for a in args])

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key, str(self)])
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent of the path."""
        if not self._parts:
            return self
        return self._from_parsed(self._root, self._parts[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    def is_absolute(self):
        """True if the path is absolute."""
        return bool(self._root)

    def is_reserved(self):
        """Return True if the path is reserved (never on POSIX)."""
        return False

    def match(self, path_pattern):
        """Return True if this path matches the given pattern."""
        pat = PurePosixPath(path_pattern)
        if not pat.parts:
            raise ValueError('empty pattern')
        parts = self.parts
        pat_parts = pat.parts
        if pat._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class _PathParents:
    """The logical ancestors of a path, as a sequence."""
    __slots__ = ('_path', '_n')

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        p = self._path
        return p._from_parsed(p._root, p._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return '<{}.parents>'.format(type(self._path).__name__)


os.PathLike.register(PurePath) if hasattr(os.PathLike, 'register') else None


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths are not supported by this implementation."""
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError('PureWindowsPath is not supported')


class Path(PurePath):
    """PurePath subclass that can make system calls."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to the user's home directory."""
        return cls(os.path.expanduser('~'))

    def samefile(self, other_path):
        """Return whether other_path is the same or not as this file."""
        other = other_path if isinstance(other_path, Path) else \
            type(self)(other_path)
        return self.resolve() == other.resolve()

    def iterdir(self):
        """Iterate over the files in this directory."""
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _make_child_relpath(self, part):
        return self._from_parsed(self._root, self._parts + (part,))

    def glob(self, pattern):
        """Iterate over this subtree and yield all existing files matching
        the given relative pattern."""
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        parts = list(pat._parts)
        if pattern.endswith('/'):
            parts.append('')
        yield from self._glob_parts(self, parts)

    def rglob(self, pattern):
        """Recursively yield all existing files matching the pattern."""
        yield from self.glob('**/' + pattern)

    def _glob_parts(self, base, parts):
        if not parts:
            yield base
            return
        head, rest = parts[0], parts[1:]
        if head == '':
            if base.is_dir():
                yield base
            return
        if head == '**':
            seen = set()
            for d in self._walk_dirs(base):
                for p in self._glob_parts(d, rest):
                    if p not in seen:
                        seen.add(p)
                        yield p
            return
        if not any(c in head for c in '*?['):
            child = base._make_child_relpath(head)
            if (rest and child.is_dir()) or (not rest and child.exists()):
                yield from self._glob_parts(child, rest)
            return
        try:
            names = sorted(os.listdir(base)) if False else os.listdir(base)
        except OSError:
            return
        for name in names:
            if fnmatch.fnmatchcase(name, head):
                child = base._make_child_relpath(name)
                if rest and not child.is_dir():
                    continue
                yield from self._glob_parts(child, rest)

    def _walk_dirs(self, base):
        yield base
        try:
            names = os.listdir(base)
        except OSError:
            return
        for name in names:
            child = base._make_child_relpath(name)
            if child.is_dir():
                yield from self._walk_dirs(child)

    def absolute(self):
        """Return an absolute version of this path (not normalised)."""
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd(), str(self)])

    def resolve(self, strict=False):
        """Make the path absolute, resolving '..' components."""
        s = os.path.realpath(str(self.absolute())) \
            if hasattr(os.path, 'realpath') else \
            os.path.normpath(str(self.absolute()))
        p = self._from_parts([s])
        if strict:
            p.stat()
        return p

    def stat(self, *, follow_symlinks=True):
        """Return the result of the stat() system call on this path."""
        return os.stat(self)

    def owner(self):
        raise NotImplementedError('Path.owner() is unsupported on this system')

    def group(self):
        raise NotImplementedError('Path.group() is unsupported on this system')

    def open(self, mode='r', buffering=-1, encoding=None, errors=None,
             newline=None):
        """Open the file pointed by this path and return a file object."""
        if 'b' not in mode and encoding is None:
            encoding = 'utf-8' if not hasattr(io, 'text_encoding') else \
                io.text_encoding(encoding)
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """Open the file in bytes mode, read it, and close the file."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """Open the file in text mode, read it, and close the file."""
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Open the file in bytes mode, write to it, and close the file."""
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(bytes(view))

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Open the file in text mode, write to it, and close the file."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s'
                            % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors,
                       newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """Return the path to which the symbolic link points."""
        raise OSError(22, 'Invalid argument', str(self))

    def touch(self, mode=0o666, exist_ok=True):
        """Create this file with the given access mode, if it doesn't exist."""
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with open(self, 'ab'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a new directory at this given path."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permissions of the path (fixed modes here)."""
        self.stat()

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove this file or link."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove this directory.  The directory must be empty."""
        os.rmdir(self)

    def lstat(self):
        return self.stat(follow_symlinks=False)

    def rename(self, target):
        """Rename this path to the target path; return the new path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Rename this path to the target path, overwriting if it exists."""
        if hasattr(os, 'replace'):
            os.replace(self, target)
        else:
            if os.path.exists(target) and not os.path.isdir(target):
                os.remove(target)
            os.rename(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        raise NotImplementedError('symlinks are not supported')

    def hardlink_to(self, target):
        raise NotImplementedError('hard links are not supported')

    def exists(self):
        """Whether this path exists."""
        try:
            self.stat()
        except OSError:
            return False
        except ValueError:
            return False
        return True

    def is_dir(self):
        """Whether this path is a directory."""
        try:
            return S_ISDIR(self.stat().st_mode)
        except (OSError, ValueError):
            return False

    def is_file(self):
        """Whether this path is a regular file."""
        try:
            return S_ISREG(self.stat().st_mode)
        except (OSError, ValueError):
            return False

    def is_mount(self):
        return str(self) == '/'

    def is_symlink(self):
        return False

    def is_block_device(self):
        return False

    def is_char_device(self):
        return False

    def is_fifo(self):
        return False

    def is_socket(self):
        return False

    def expanduser(self):
        """Return a new path with expanded ~ and ~user constructs."""
        if self._parts and self._parts[0][:1] == '~' and not self._root:
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            return self._from_parts([homedir] + list(self._parts[1:]))
        return self


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths are not supported by this implementation."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system"
                                  % (cls.__name__,))
