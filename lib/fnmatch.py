"""Unix shell-style filename matching: *, ?, [seq] and [!seq]."""
import os
import posixpath

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']


def fnmatch(name, pat):
    """Test whether name matches pat (case-normalised as the OS does)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _text(name, pat):
    """Bytes are matched as their Latin-1 text; str and bytes do not mix."""
    if isinstance(pat, bytes):
        if not isinstance(name, (bytes, bytearray)):
            raise TypeError('cannot use a bytes pattern on a string-like object')
        return name.decode('latin-1')
    if isinstance(name, (bytes, bytearray)):
        raise TypeError('cannot use a string pattern on a bytes-like object')
    return name


def _tokens(pat):
    if isinstance(pat, bytes):
        return _compile(pat.decode('latin-1'))
    return _compile(pat)


def filter(names, pat):
    """Construct a list from those elements of names that match pat."""
    pat = os.path.normcase(pat)
    tokens = _tokens(pat)
    if os.path is posixpath:
        return [n for n in names if _match(tokens, _text(n, pat))]
    return [n for n in names if _match(tokens, _text(os.path.normcase(n), pat))]


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively."""
    return _match(_tokens(pat), _text(name, pat))


_cache = {}


def _compile(pat):
    """Tokens: ('*',), ('?',), ('[', negate, ranges), or literal strings."""
    tokens = _cache.get(pat)
    if tokens is not None:
        return tokens
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] != ('*',):
                tokens.append(('*',))
        elif c == '?':
            tokens.append(('?',))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append('[')
            else:
                body = pat[i:j]
                i = j + 1
                negate = body[:1] == '!'
                if negate:
                    body = body[1:]
                tokens.append(('[', negate, _ranges(body)))
        else:
            tokens.append(c)
    if len(_cache) > 256:
        _cache.clear()
    _cache[pat] = tokens
    return tokens


def _ranges(body):
    ranges = []
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == '-':
            lo, hi = body[k], body[k + 2]
            if lo <= hi:
                ranges.append((lo, hi))
            k += 3
        else:
            ranges.append((body[k], body[k]))
            k += 1
    return ranges


def _match_one(tok, ch):
    if tok == ('?',):
        return True
    if isinstance(tok, str):
        return tok == ch
    _, negate, ranges = tok
    found = any(lo <= ch <= hi for lo, hi in ranges)
    return found != negate


def _match(tokens, name):
    """Iterative wildcard match with backtracking to the last '*'."""
    ti = ni = 0
    star_ti = -1
    star_ni = 0
    nt = len(tokens)
    nn = len(name)
    while ni < nn:
        if ti < nt and tokens[ti] == ('*',):
            star_ti = ti
            star_ni = ni
            ti += 1
        elif ti < nt and _match_one(tokens[ti], name[ni]):
            ti += 1
            ni += 1
        elif star_ti >= 0:
            ti = star_ti + 1
            star_ni += 1
            ni = star_ni
        else:
            return False
    while ti < nt and tokens[ti] == ('*',):
        ti += 1
    return ti == nt


_SPECIAL = set('()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c')


def _escape(s):
    return ''.join('\\' + c if c in _SPECIAL else c for c in s)


def translate(pat):
    """Translate a shell PATTERN to a regular expression (as a string)."""
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')
            else:
                stuff = pat[i:j]
                if '-' not in stuff:
                    stuff = stuff.replace('\\', r'\\')
                else:
                    chunks = []
                    k = i + 2 if pat[i] == '!' else i + 1
                    while True:
                        k = pat.find('-', k, j)
                        if k < 0:
                            break
                        chunks.append(pat[i:k])
                        i = k + 1
                        k = k + 3
                    chunk = pat[i:j]
                    if chunk:
                        chunks.append(chunk)
                    else:
                        chunks[-1] += '-'
                    for k in range(len(chunks) - 1, 0, -1):
                        if chunks[k - 1][-1] > chunks[k][0]:
                            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                            del chunks[k]
                    stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-')
                                     for s in chunks)
                for ch in '&~|':
                    stuff = stuff.replace(ch, '\\' + ch)
                i = j + 1
                if not stuff:
                    parts.append('(?!)')
                elif stuff == '!':
                    parts.append('.')
                else:
                    if stuff[0] == '!':
                        stuff = '^' + stuff[1:]
                    elif stuff[0] in ('^', '['):
                        stuff = '\\' + stuff
                    parts.append('[%s]' % stuff)
        else:
            parts.append(_escape(c))
    return _join_translated_parts(parts)


_STAR = object()


def _join_translated_parts(inp):
    res = []
    add = res.append
    i, n = 0, len(inp)
    while i < n and inp[i] is not _STAR:
        add(inp[i])
        i += 1
    while i < n:
        assert inp[i] is _STAR
        i += 1
        if i == n:
            add('.*')
            break
        assert inp[i] is not _STAR
        fixed = []
        while i < n and inp[i] is not _STAR:
            fixed.append(inp[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            add('.*')
            add(fixed)
        else:
            add('(?>.*?%s)' % fixed)
    res = ''.join(res)
    return r'(?s:%s)\Z' % res
