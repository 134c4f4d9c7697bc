"""Cache of source lines, read from files on demand (for tracebacks).

cache maps a file name to (size, mtime, lines, fullname), or to a 1-tuple
holding a function that gives the source (lazycache) until it is needed.
"""

import functools
import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line [lineno] of [filename] with its newline, or '' when there is no
    such line."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """The lines of [filename], from the cache or read now."""
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
    """Drop the entries (of [filename], or all) whose file changed size or
    modification time, or went away."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            continue            # still lazy: nothing read yet
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue            # given by a loader: no file to compare with
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    """Read [filename] (searching sys.path for a relative name, or asking the
    module's loader) into the cache; its lines, or [] when it cannot."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        basename = filename
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                cache[filename] = (
                    len(data), None,
                    [line + '\n' for line in data.splitlines()], fullname)
                return cache[filename][2]
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, basename)
            except (TypeError, AttributeError):
                continue
            try:
                stat = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        lines = _read_source(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    size, mtime = stat.st_size, stat.st_mtime
    cache[filename] = size, mtime, lines, fullname
    return lines


def _source_encoding(data):
    """The encoding a Python source declares (a BOM or a coding cookie in
    its first two lines), UTF-8 by default."""
    if data.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    for line in data.split(b'\n', 2)[:2]:
        stripped = line.lstrip()
        if not stripped.startswith(b'#'):
            if stripped and not stripped.startswith(b'\r'):
                break
            continue
        i = line.find(b'coding')
        if i >= 0 and line[i + 6:i + 7] in (b':', b'='):
            rest = line[i + 7:].lstrip()
            end = 0
            while end < len(rest) and (chr(rest[end]).isalnum() or rest[end] in b'-_.'):
                end += 1
            if end:
                return rest[:end].decode('ascii')
    return 'utf-8'


def _read_source(fullname):
    """The lines of a source file, decoded by its declared encoding with
    universal newlines."""
    with open(fullname, 'rb') as f:
        data = f.read()
    text = data.decode(_source_encoding(data))
    return text.replace('\r\n', '\n').replace('\r', '\n').splitlines(True)


def lazycache(filename, module_globals):
    """Remember how to get [filename]'s source from its module's loader
    (module_globals' __loader__ and __name__), without reading it yet.
    True when an entry (lazy) is now there for it."""
    if filename in cache:
        if len(cache[filename]) == 1:
            return True
        return False
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            loader = getattr(spec, 'loader', None)
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            get_lines = functools.partial(get_source, name)
            cache[filename] = (get_lines,)
            return True
    return False
