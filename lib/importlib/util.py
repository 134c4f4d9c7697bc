"""importlib.util: finding specs and making modules from them."""
import sys
from importlib import _resolve_name
from importlib.machinery import ModuleSpec, SourceFileLoader, _find_spec
from importlib.machinery import BuiltinImporter as _BuiltinImporter

__all__ = ['find_spec', 'module_from_spec', 'spec_from_file_location',
           'spec_from_loader', 'resolve_name', 'MAGIC_NUMBER', 'source_hash',
           'cache_from_source', 'source_from_cache', 'decode_source', 'LazyLoader']

MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'


def resolve_name(name, package):
    """The absolute name for a possibly relative module name."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of a module, or None when it cannot be found."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, '__spec__', None)
        if spec is None:
            if fullname == '__main__':
                raise ValueError('{}.__spec__ is None'.format(name))
            spec = _spec_of_module(module)
        return spec
    parent_path = None
    parent = fullname.rpartition('.')[0]
    if parent:
        pkg = __import__(parent, fromlist=['__path__'])
        try:
            parent_path = pkg.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent!r} "
                f"while trying to find {fullname!r}", name=fullname) from e
    return _find_spec(fullname, parent_path)


def _spec_of_module(module):
    """A spec for a loaded module (the import system sets none)."""
    origin = getattr(module, '__file__', None)
    is_package = hasattr(module, '__path__')
    if origin is None or origin.startswith('<'):
        loader = getattr(module, '__loader__', None) or _BuiltinImporter
        spec = ModuleSpec(module.__name__, loader, origin=origin or 'built-in',
                          is_package=is_package)
    else:
        spec = ModuleSpec(module.__name__, SourceFileLoader(module.__name__, origin),
                          origin=origin, is_package=is_package)
        spec.has_location = True
    if is_package:
        spec.submodule_search_locations = list(module.__path__)
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    spec = ModuleSpec(name, loader, origin=origin, is_package=bool(is_package))
    return spec


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for a module to be loaded from a source file."""
    if location is None:
        return None
    import os
    location = os.fspath(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is None and os.path.basename(location).startswith('__init__.'):
        submodule_search_locations = [os.path.dirname(location)]
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    """A new module for the spec, its attributes set but its code not run."""
    module = None
    loader = spec.loader
    if loader is not None and hasattr(loader, 'create_module'):
        module = loader.create_module(spec)
    elif loader is not None and hasattr(loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        from types import ModuleType
        module = ModuleType(spec.name)
    module.__spec__ = spec
    module.__loader__ = loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    return module


def source_hash(source_bytes):
    import hashlib
    return hashlib.sha256(source_bytes).digest()[:8]


def cache_from_source(path, debug_override=None, *, optimization=None):
    import os
    head, tail = os.path.split(path)
    base = tail.rpartition('.')[0] or tail
    return os.path.join(head, '__pycache__', base + '.pipit.pyc')


def source_from_cache(path):
    import os
    head, tail = os.path.split(path)
    if os.path.basename(head) != '__pycache__':
        raise ValueError('__pycache__ not bottom-level directory in {!r}'.format(path))
    return os.path.join(os.path.dirname(head), tail.partition('.')[0] + '.py')


def decode_source(source_bytes):
    return source_bytes.decode('utf-8').replace('\r\n', '\n').replace('\r', '\n')


class LazyLoader:
    """Loads the module at once (there is no lazy module type here)."""

    def __init__(self, loader):
        self.loader = loader

    @classmethod
    def factory(cls, loader):
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.loader.exec_module(module)
