"""importlib.resources: the files beside a package's modules, read from the
virtual file system."""
import os
import sys

__all__ = ['files', 'as_file', 'read_text', 'read_binary', 'open_text', 'open_binary',
           'is_resource', 'contents', 'path']


def _package(package):
    if isinstance(package, str):
        __import__(package)
        package = sys.modules[package]
    return package


def files(package):
    """A traversable for the directory of the package."""
    module = _package(package)
    path = getattr(module, '__path__', None)
    if path:
        return _Path(list(path)[0])
    origin = getattr(module, '__file__', None)
    if origin is None or origin.startswith('<'):
        raise TypeError('{!r} is not a package'.format(module.__name__))
    return _Path(os.path.dirname(origin))


class _Path:
    """A path of the file system with the Traversable methods."""

    def __init__(self, path):
        self._path = path

    def __str__(self):
        return self._path

    def __fspath__(self):
        return self._path

    def __repr__(self):
        return 'PosixPath({!r})'.format(self._path)

    @property
    def name(self):
        return os.path.basename(self._path)

    def joinpath(self, *descendants):
        return _Path(os.path.join(self._path, *descendants))

    __truediv__ = joinpath

    def iterdir(self):
        return (_Path(os.path.join(self._path, n)) for n in sorted(os.listdir(self._path)))

    def is_dir(self):
        return os.path.isdir(self._path)

    def is_file(self):
        return os.path.isfile(self._path)

    def exists(self):
        return os.path.exists(self._path)

    def open(self, mode='r', *args, **kwargs):
        return open(self._path, mode, *args, **kwargs)

    def read_text(self, encoding='utf-8', errors='strict'):
        with open(self._path, encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with open(self._path, 'rb') as f:
            return f.read()


class _AsFile:
    def __init__(self, path):
        self._path = path

    def __enter__(self):
        return self._path

    def __exit__(self, *exc):
        return False


def as_file(path):
    return _AsFile(path)


def read_text(package, resource, encoding='utf-8', errors='strict'):
    return files(package).joinpath(resource).read_text(encoding, errors)


def read_binary(package, resource):
    return files(package).joinpath(resource).read_bytes()


def open_text(package, resource, encoding='utf-8', errors='strict'):
    return files(package).joinpath(resource).open('r', encoding=encoding, errors=errors)


def open_binary(package, resource):
    return files(package).joinpath(resource).open('rb')


def is_resource(package, name):
    return files(package).joinpath(name).is_file()


def contents(package):
    return [p.name for p in files(package).iterdir()]


def path(package, resource):
    return _AsFile(files(package).joinpath(resource))
