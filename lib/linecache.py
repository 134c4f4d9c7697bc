"""Cache of source lines, read from files on demand (for tracebacks)."""
import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache', 'getlines',
           'updatecache']

cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno of filename (with its newline), or '' if unavailable."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All the lines of filename, from the cache or read now."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop entries whose files changed (here: lazily re-read ones)."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        entry = cache[name]
        if len(entry) == 1 or entry[1] is None:
            continue
        try:
            import os
            size = os.stat(entry[3]).st_size
        except (OSError, ValueError, ImportError, AttributeError):
            cache.pop(name, None)
            continue
        if size != entry[0]:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Read filename into the cache; return its lines ([] on failure)."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        with open(filename, encoding='utf-8', errors='replace') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError, ValueError, TypeError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    size = sum(len(line) for line in lines)
    cache[filename] = size, None, lines, filename
    return lines


def lazycache(filename, module_globals):
    """Nothing to register lazily here: sources are read when asked for."""
    return False
