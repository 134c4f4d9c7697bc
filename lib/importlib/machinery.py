"""importlib.machinery: module specs and loaders."""
import sys

SOURCE_SUFFIXES = ['.py']
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What the import system knows about a module before loading it."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def __eq__(self, other):
        try:
            return (self.name == other.name and self.loader == other.loader and
                    self.origin == other.origin and
                    self.submodule_search_locations == other.submodule_search_locations and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented


class BuiltinImporter:
    """Finds the modules built into the interpreter (native and frozen)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None:
            return None
        if fullname in sys.builtin_module_names:
            return ModuleSpec(fullname, cls, origin='built-in')
        return None

    @staticmethod
    def create_module(spec):
        __import__(spec.name)
        return sys.modules[spec.name]

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False


class FrozenImporter(BuiltinImporter):
    pass


class FileLoader:
    """Loads a module from a source file of the file system."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def is_package(self, fullname):
        import os
        filename = os.path.split(self.get_filename(fullname))[1]
        return filename.rsplit('.', 1)[0] == '__init__'

    def get_source(self, fullname):
        from importlib.util import decode_source
        return decode_source(self.get_data(self.get_filename(fullname)))

    def get_code(self, fullname):
        return compile(self.get_source(fullname), self.get_filename(fullname), 'exec',
                       dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        from importlib.util import spec_from_file_location, module_from_spec
        fullname = fullname or self.name
        spec = spec_from_file_location(fullname, self.path, loader=self)
        module = module_from_spec(spec)
        sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            del sys.modules[fullname]
            raise
        return sys.modules[fullname]


class SourceFileLoader(FileLoader):
    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}

    def set_data(self, path, data, *, _mode=0o666):
        with open(path, 'wb') as f:
            f.write(data)


class SourcelessFileLoader(FileLoader):
    pass


class ExtensionFileLoader(FileLoader):
    pass


class NamespaceLoader:
    def __init__(self, name, path, path_finder=None):
        self._path = path

    def is_package(self, fullname):
        return True

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


def _search(fullname, path):
    """(origin, is_package) of a source module on the path list, or None."""
    import os
    tail = fullname.rpartition('.')[2]
    for entry in path:
        if not isinstance(entry, str):
            continue
        base = os.path.join(entry, tail) if entry else tail
        init = os.path.join(base, '__init__.py')
        if os.path.isfile(init):
            return init, True
        if os.path.isfile(base + '.py'):
            return base + '.py', False
    return None


def _find_spec(fullname, path=None):
    found = _search(fullname, sys.path if path is None else path)
    if found is not None:
        import os
        origin, is_package = found
        spec = ModuleSpec(fullname, SourceFileLoader(fullname, origin), origin=origin,
                          is_package=is_package)
        spec.has_location = True
        if is_package:
            spec.submodule_search_locations = [os.path.dirname(origin)]
        return spec
    if path is None:
        spec = BuiltinImporter.find_spec(fullname)
        if spec is not None:
            return spec
        if fullname in getattr(sys, 'stdlib_module_names', ()) or _is_frozen(fullname):
            return ModuleSpec(fullname, FrozenImporter, origin='frozen')
    elif _is_frozen(fullname):
        return ModuleSpec(fullname, FrozenImporter, origin='frozen')
    return None


def _is_frozen(fullname):
    """True when the module can be imported though no file holds it (the
    modules frozen into the interpreter): tried by importing it."""
    if fullname in sys.modules:
        return True
    try:
        __import__(fullname)
    except ImportError:
        return False
    return True


class PathFinder:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return _find_spec(fullname, path)

    @classmethod
    def invalidate_caches(cls):
        pass


class FileFinder:
    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def find_spec(self, fullname, target=None):
        return _find_spec(fullname, [self.path])

    def invalidate_caches(self):
        pass
