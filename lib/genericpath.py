"""genericpath -- the path operations that are the same on every system:
the ones that ask the file system (exists, isdir, getsize, ...) and the
purely textual commonprefix and splitext helper."""

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'samefile', 'sameopenfile',
           'samestat']


def exists(path):
    """True when [path] names an existing file or directory."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """True when [path] is a regular file."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(st.st_mode)


def isdir(s):
    """True when [s] is a directory."""
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def getsize(filename):
    """The size of a file in bytes."""
    return os.stat(filename).st_size


def getmtime(filename):
    """The time of last modification (seconds since the epoch)."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """The time of last access (seconds since the epoch)."""
    return os.stat(filename).st_atime


def getctime(filename):
    """The time of the last metadata change (seconds since the epoch)."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    """The longest leading run of items (characters) that every element of
    the list [m] shares."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def samestat(s1, s2):
    """True when two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """True when two paths name the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """True when two descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    """Split [p] into (root, ext) at the last [extsep] of its last part;
    leading dots of a name do not start an extension."""
    sep_index = p.rfind(sep)
    if altsep:
        sep_index = max(sep_index, p.rfind(altsep))
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != extsep:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def _check_arg_types(funcname, *args):
    """TypeError unless [args] are all str or all bytes (after fspath)."""
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


# imported last: os imports posixpath, which takes everything above from
# this module, so that must exist when "import genericpath" comes first
import os
import stat
