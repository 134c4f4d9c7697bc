"""posixpath -- path operations on '/'-separated paths (os.path)."""

import posix

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext',
           'basename', 'dirname', 'exists', 'lexists', 'isdir', 'isfile',
           'islink', 'ismount', 'getsize', 'getmtime', 'getatime', 'getctime',
           'normpath', 'abspath', 'realpath', 'relpath', 'commonprefix',
           'commonpath', 'expanduser', 'expandvars', 'samefile', 'sep',
           'curdir', 'pardir', 'extsep', 'altsep', 'pathsep', 'defpath',
           'devnull', 'supports_unicode_filenames']

supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(p).__name__)
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(p).__name__, type(r).__name__))
    return r


def normcase(s):
    return _fspath(s)


def isabs(s):
    return _fspath(s).startswith('/')


def join(a, *p):
    a = _fspath(a)
    path = a
    for b in p:
        b = _fspath(b)
        if not isinstance(b, str):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def exists(path):
    try:
        return posix._kind(_fspath(path)) != 0
    except (OSError, ValueError, TypeError):
        return False


lexists = exists


def isdir(s):
    try:
        return posix._kind(_fspath(s)) == 2
    except (OSError, ValueError, TypeError):
        return False


def isfile(path):
    try:
        return posix._kind(_fspath(path)) == 1
    except (OSError, ValueError, TypeError):
        return False


def islink(path):
    return False


def ismount(path):
    return abspath(path) == '/'


def getsize(filename):
    import os
    return os.stat(filename).st_size


def getmtime(filename):
    import os
    return os.stat(filename).st_mtime


def getatime(filename):
    import os
    return os.stat(filename).st_atime


def getctime(filename):
    import os
    return os.stat(filename).st_ctime


def samefile(f1, f2):
    return abspath(f1) == abspath(f2)


def normpath(path):
    path = _fspath(path)
    if path == '':
        return '.'
    initial = 1 if path.startswith('/') else 0
    if initial and path.startswith('//') and not path.startswith('///'):
        initial = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial and not new_comps) or
                (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial:
        path = '/' * initial + path
    return path or '.'


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(posix.getcwd(), path)
    return normpath(path)


realpath = abspath


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError('no path specified')
    if start is None:
        start = curdir
    start = _fspath(start)
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    split_paths = [p.split('/') for p in paths]
    try:
        isabs_, = set(p[:1] == '/' for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != '.'] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if isabs_ else ''
    return prefix + '/'.join(common)


def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    import os
    home = os.environ.get('HOME')
    if home is None:
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    return (home.rstrip('/') or '/') + path[i:]


def expandvars(path):
    path = _fspath(path)
    if '$' not in path:
        return path
    import os
    res = ''
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c == '$' and i + 1 < n:
            if path[i + 1] == '{':
                j = path.find('}', i + 2)
                if j < 0:
                    res += path[i:]
                    break
                name = path[i + 2:j]
                end = j + 1
            else:
                j = i + 1
                while j < n and (path[j].isalnum() or path[j] == '_'):
                    j += 1
                name = path[i + 1:j]
                end = j
            if name and name in os.environ:
                res += os.environ[name]
            else:
                res += path[i:end]
            i = end
        else:
            res += c
            i += 1
    return res
