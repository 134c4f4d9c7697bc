"""importlib over the interpreter's own import system (__import__,
sys.modules, sys.path on the virtual file system)."""
import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
    """The absolute name of a relative import."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module by name; a relative name ('.mod') needs package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            "relative import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing is cached between imports here; kept for compatibility."""
    for finder in sys.meta_path:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


def reload(module):
    """Run the module's code again; the module object keeps its identity."""
    from types import ModuleType
    if not isinstance(module, ModuleType):
        raise TypeError('reload() argument must be a module')
    name = module.__spec__.name if getattr(module, '__spec__', None) else module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name), name=name)
    parent = name.rpartition('.')[0]
    if parent and parent not in sys.modules:
        raise ImportError('parent {!r} not in sys.modules'.format(parent), name=parent)
    del sys.modules[name]
    try:
        __import__(name)
        fresh = sys.modules[name]
    except BaseException:
        sys.modules[name] = module
        raise
    module.__dict__.update(fresh.__dict__)
    sys.modules[name] = module
    return module
