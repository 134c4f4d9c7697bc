"""Support for regular expressions (RE), as in CPython's re module.

Patterns are parsed and compiled in Python (re/_parser.py) and run by the
native matcher _sre (src/modules/sre.c).
"""

import _sre
from . import _parser
from ._parser import error

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_FLAG_NAMES = [
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
]
# the order Pattern.__repr__ names them in
_PATTERN_FLAG_NAMES = [
    ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
    ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256),
]


class RegexFlag(int):
    """The flags of re, an int whose repr names them."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def _names(self, order=None):
        value = int(self)
        names = []
        for name, bit in order or _FLAG_NAMES:
            if value & bit:
                names.append("re." + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return names

    def __repr__(self):
        value = int(self)
        if value < 0:
            return "~" + RegexFlag(~value).__repr__()
        names = self._names()
        return "|".join(names) if names else "re.NOFLAG"

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1FF)

    @property
    def name(self):
        names = self._names()
        return "|".join(n[3:] for n in names) if names else None

    @property
    def value(self):
        return int(self)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)
for _name, _bit in _FLAG_NAMES + [("NOFLAG", 0)]:
    setattr(RegexFlag, _name, RegexFlag(_bit))
del _name, _bit

_MAXPOS = 9223372036854775807


class Pattern:
    """A compiled regular expression."""

    __slots__ = ("pattern", "flags", "groups", "groupindex", "_prog", "_is_str",
                 "__weakref__")

    def __init__(self, pattern, flags, prog, state):
        self.pattern = pattern
        self.flags = flags
        self.groups = state.groups - 1
        self.groupindex = _MappingProxy(dict(state.groupdict))
        self._prog = prog
        self._is_str = isinstance(pattern, str)

    def _check(self, string):
        if self._is_str:
            if not isinstance(string, str):
                if isinstance(string, (bytes, bytearray, memoryview)):
                    raise TypeError("cannot use a string pattern on a bytes-like object")
                raise TypeError("expected string or bytes-like object, got '%s'"
                                % type(string).__name__)
        else:
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            if isinstance(string, memoryview):
                string = bytes(string)
            elif not isinstance(string, (bytes, bytearray)):
                raise TypeError("expected string or bytes-like object, got '%s'"
                                % type(string).__name__)
        return string

    def _run(self, string, pos, endpos, mode):
        t = type(string)
        if t is str and self._is_str or t is bytes and not self._is_str:
            subject = string
        else:
            subject = self._check(string)
        marks = _sre.run(self._prog, subject, pos, endpos, mode)
        if marks is None:
            return None
        return Match(self, string, marks, pos, endpos)

    def match(self, string, pos=0, endpos=_MAXPOS):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXPOS):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXPOS):
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos=0, endpos=_MAXPOS, limit=0):
        subject = self._check(string)
        return _sre.scan(self._prog, subject, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=_MAXPOS):
        return map(_MatchMaker(self, string, pos, endpos), self._scan(string, pos, endpos))

    def findall(self, string, pos=0, endpos=_MAXPOS):
        t = type(string)
        if t is str and self._is_str or t is bytes and not self._is_str:
            return _sre.findall(self._prog, string, pos, endpos)
        result = []
        groups = self.groups
        for marks in self._scan(string, pos, endpos):
            if groups == 0:
                result.append(string[marks[0]:marks[1]])
            elif groups == 1:
                result.append(_group_text(string, marks, 1))
            else:
                result.append(tuple(_group_text(string, marks, g)
                                    for g in range(1, groups + 1)))
        return result

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        t = type(string)
        if t is str and self._is_str or t is bytes and not self._is_str:
            return _sre.split(self._prog, string, maxsplit)
        result = []
        last = 0
        groups = self.groups
        for marks in self._scan(string, 0, _MAXPOS, maxsplit):
            result.append(string[last:marks[0]])
            for g in range(1, groups + 1):
                a = marks[2 * g]
                result.append(string[a:marks[2 * g + 1]] if a >= 0 else None)
            last = marks[1]
        result.append(string[last:])
        return result

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        template = None
        if not callable(repl):
            if not isinstance(repl, (str, bytes, bytearray, memoryview)):
                if self._is_str:
                    raise TypeError("decoding to str: need a bytes-like object, %s found"
                                    % type(repl).__name__)
                raise TypeError("expected a bytes-like object, %s found" % type(repl).__name__)
            template = _compile_template(self, repl)
        t = type(string)
        exact = t is str and self._is_str or t is bytes and not self._is_str
        if count < 0:
            count = 0
            matches = []
        elif template is not None and exact:
            return _sre.sub(self._prog, string, template, count)
        else:
            matches = self._scan(string, 0, _MAXPOS, count)
        pieces = []
        last = 0
        for marks in matches:
            pieces.append(string[last:marks[0]])
            if template is not None:
                pieces.append(_expand_template(template, string, marks, self._is_str))
            else:
                piece = repl(Match(self, string, marks, 0, _MAXPOS))
                if piece is not None:
                    pieces.append(piece)
            last = marks[1]
        pieces.append(string[last:])
        if self._is_str:
            return "".join(pieces), len(matches)
        return b"".join([_as_bytes(p) for p in pieces]), len(matches)

    def scanner(self, string, pos=0, endpos=_MAXPOS):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self.flags
        if self._is_str:
            flags &= ~UNICODE
        text = repr(self.pattern)[:200]
        if flags:
            names = RegexFlag(flags)._names(_PATTERN_FLAG_NAMES)
            return "re.compile(%s, %s)" % (text, "|".join(names))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags and
                type(self.pattern) is type(other.pattern))

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


class _MatchMaker:
    """Makes the Match objects of finditer, one per marks tuple."""

    __slots__ = ("pattern", "string", "pos", "endpos")

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos

    def __call__(self, marks):
        return Match(self.pattern, self.string, marks, self.pos, self.endpos)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._advance = False

    def _next(self, mode):
        if self._pos is None:
            return None
        m = self.pattern._run(self._string, self._pos, self._endpos, mode)
        if m is None:
            self._pos = None
            return None
        if m.end() == m.start():
            self._pos = m.end() + 1
        else:
            self._pos = m.end()
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


_MappingProxy = type(type.__dict__)


def _as_bytes(data):
    return data if type(data) is bytes else bytes(data)


def _group_text(string, marks, g):
    a = marks[2 * g]
    if a < 0:
        return string[0:0]
    return string[a:marks[2 * g + 1]]


class Match:
    """The result of a successful match."""

    __slots__ = ("re", "string", "_pos", "_endpos", "_marks")

    def __init__(self, pattern, string, marks, pos, endpos):
        self.re = pattern
        self.string = string
        self._marks = marks
        self._pos = pos
        self._endpos = endpos

    @property
    def pos(self):
        return min(max(self._pos, 0), len(self.string))

    @property
    def endpos(self):
        return min(max(self._endpos, 0), len(self.string))

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, str):
            gid = self.re.groupindex.get(g)
            if gid is not None:
                return gid
        else:
            try:
                gid = g.__index__()
            except (AttributeError, TypeError):
                pass
            else:
                if 0 <= gid <= self.re.groups:
                    return gid
        raise IndexError("no such group")

    def _get(self, g, default=None):
        marks = self._marks
        a = marks[2 * g]
        b = marks[2 * g + 1]
        if a < 0 or b < 0:
            return default
        string = self.string
        t = type(string)
        if t is str or t is bytes:
            return string[a:b]
        if isinstance(string, str):
            return str(string[a:b])
        return bytes(string[a:b])

    def group(self, *groups):
        if not groups:
            marks = self._marks
            return self.string[marks[0]:marks[1]] if type(self.string) in (str, bytes) else self._get(0)
        if len(groups) == 1:
            g = groups[0]
            if type(g) is not int or g < 0 or g > self.re.groups:
                g = self._index(g)
            return self._get(g)
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(gid, default) for name, gid in self.re.groupindex.items()}

    def start(self, group=0):
        return self._marks[2 * self._index(group)]

    def end(self, group=0):
        return self._marks[2 * self._index(group) + 1]

    def span(self, group=0):
        g = self._index(group)
        return (self._marks[2 * g], self._marks[2 * g + 1])

    @property
    def regs(self):
        return tuple((self._marks[2 * g], self._marks[2 * g + 1])
                     for g in range(self.re.groups + 1))

    @property
    def lastindex(self):
        last = self._marks[-1]
        return None if last < 0 else last

    @property
    def lastgroup(self):
        last = self._marks[-1]
        if last < 0:
            return None
        for name, gid in self.re.groupindex.items():
            if gid == last:
                return name
        return None

    def expand(self, template):
        items = _compile_template(self.re, template)
        return _expand_template(items, self.string, self._marks, self.re._is_str)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._marks[0], self._marks[1], repr(self.group(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


# ---- templates for sub and expand ----

def _compile_template(pattern, repl):
    """The pieces of a replacement template: strs (or bytes) and group
    numbers."""
    if isinstance(repl, str):
        if not pattern._is_str:
            raise TypeError("expected a bytes-like object, %s found" % type(repl).__name__)
        text = repl
        is_str = True
    else:
        if pattern._is_str:
            raise TypeError("expected str instance, %s found" % type(repl).__name__)
        text = _as_bytes(repl).decode("latin-1")
        is_str = False
    key = (pattern, text, is_str)
    cached = _template_cache.get(key)
    if cached is not None:
        return cached
    if "\\" not in text:
        items = [repl if is_str else _as_bytes(repl)]
    else:
        items = _parse_template(pattern, text, repl, is_str)
    if len(_template_cache) >= _MAXCACHE:
        _template_cache.clear()
    _template_cache[key] = items
    return items


def _parse_template(pattern, text, repl, is_str):
    source = _parser.Source(text, repl)
    items = []
    literal = []

    def flush():
        if literal:
            piece = "".join(literal)
            items.append(piece if is_str else piece.encode("latin-1"))
            literal.clear()

    groupindex = pattern.groupindex
    while True:
        this = source.get()
        if this is None:
            break
        if this[0] != "\\":
            literal.append(this)
            continue
        c = this[1]
        if c == "g":
            if not source.match("<"):
                raise source.error("missing <")
            name = source.getuntil(">", "group name")
            if name.isidentifier():
                if name not in groupindex:
                    raise IndexError("unknown group name %r" % name)
                index = groupindex[name]
            else:
                try:
                    index = int(name)
                    if index < 0 or not name.isdigit() or not name.isascii():
                        raise ValueError
                except ValueError:
                    raise source.error("bad character in group name %r" % name,
                                       len(name) + 1) from None
                if index >= _parser.MAXGROUPS:
                    raise source.error("invalid group reference %d" % index, len(name) + 1)
                if index > pattern.groups:
                    raise source.error("invalid group reference %d" % index, len(name) + 1)
            flush()
            items.append(index)
        elif c == "0":
            if source.next in _parser.OCTDIGITS:
                this += source.get()
                if source.next in _parser.OCTDIGITS:
                    this += source.get()
            literal.append(chr(int(this[1:], 8) & 0xFF))
        elif c in _parser.DIGITS:
            isoctal = False
            if source.next in _parser.DIGITS:
                this += source.get()
                if (c in _parser.OCTDIGITS and this[2] in _parser.OCTDIGITS and
                        source.next in _parser.OCTDIGITS):
                    this += source.get()
                    isoctal = True
                    value = int(this[1:], 8)
                    if value > 0o377:
                        raise source.error("octal escape value %s outside of range 0-0o377"
                                           % this, len(this))
                    literal.append(chr(value))
            if not isoctal:
                index = int(this[1:])
                if index > pattern.groups:
                    raise source.error("invalid group reference %d" % index, len(this) - 1)
                flush()
                items.append(index)
        else:
            code = _parser.SIMPLE_ESCAPES.get(c)
            if code is not None:
                literal.append(chr(code))
            elif c in _parser.ASCIILETTERS:
                raise source.error("bad escape %s" % this, len(this))
            else:
                literal.append(this)
    flush()
    return items


def _expand_template(items, string, marks, is_str):
    out = []
    for item in items:
        if isinstance(item, int):
            a = marks[2 * item]
            if a >= 0:
                out.append(string[a:marks[2 * item + 1]])
        else:
            out.append(item)
    empty = "" if is_str else b""
    if not is_str:
        out = [_as_bytes(p) for p in out]
    return empty.join(out)


# ---- the module-level functions ----

_cache = {}
_template_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'RegexFlag'"
                        % type(flags).__name__)
    prog, state, flags = _parser.compile(pattern, flags)
    p = Pattern(pattern, flags, prog, state)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    try:
        p = _cache[type(pattern), pattern, flags]
    except (KeyError, TypeError):
        p = _compile(pattern, flags)
    return p.match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    try:
        p = _cache[type(pattern), pattern, flags]
    except (KeyError, TypeError):
        p = _compile(pattern, flags)
    return p.fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    try:
        p = _cache[type(pattern), pattern, flags]
    except (KeyError, TypeError):
        p = _compile(pattern, flags)
    return p.search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string. For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object"
    return _compile(pattern, flags | TEMPLATE)


_special_chars = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    pattern = str(pattern, "latin1")
    return pattern.translate(_special_chars).encode("latin1")


def _register_types():
    Pattern.__module__ = "re"
    Match.__module__ = "re"
    RegexFlag.__module__ = "re"


_register_types()


class Scanner:
    """A simple lexer: each (pattern, action) of lexicon is tried in turn at
    the current position; the first that matches wins."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._rules = [(compile(phrase, flags), action)
                       for phrase, action in lexicon]
        self.scanner = compile('|'.join('(%s)' % phrase
                                        for phrase, action in lexicon), flags)

    def scan(self, string):
        result = []
        i = 0
        while True:
            for pattern, action in self._rules:
                m = pattern.match(string, i)
                if m:
                    break
            else:
                break
            j = m.end()
            if i == j:
                break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
