"""Regular-expression parser and compiler: pattern text -> a program for _sre.

The parser builds a small tree with the flags already resolved at each node
(case folding, dot-all, multi-line anchors, ASCII or Unicode classes); the
compiler flattens it into the word list that src/modules/sre.c runs.
"""

import _sre
from ._casefix import EXTRA_CASES

# flags (the values CPython uses)
TEMPLATE = 1
IGNORECASE = 2
LOCALE = 4
MULTILINE = 8
DOTALL = 16
UNICODE = 32
VERBOSE = 64
DEBUG = 128
ASCII = 256

FLAG_LETTERS = {"i": IGNORECASE, "L": LOCALE, "m": MULTILINE, "s": DOTALL,
                "x": VERBOSE, "a": ASCII, "t": TEMPLATE, "u": UNICODE}
TYPE_FLAGS = ASCII | LOCALE | UNICODE
GLOBAL_FLAGS = DEBUG | TEMPLATE

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823

# opcodes (src/modules/sre.c)
(SUCCESS, ANY, ANY_ALL, LIT, NOT_LIT, LIT_I, NOT_LIT_I, IN, IN_I, AT, MARK,
 GROUPREF, GROUPREF_I, GROUPREF_EXISTS, JUMP, SPLIT, REPEAT_ONE, REPEAT_INIT,
 ITER, LOOP, ASSERT, ASSERT_END, ATOMIC, ATOMIC_END, FAIL) = range(25)
SET_CHAR, SET_RANGE, SET_CAT, SET_BITMAP = range(4)
CAT_DIGIT, CAT_NOT_DIGIT, CAT_SPACE, CAT_NOT_SPACE, CAT_WORD, CAT_NOT_WORD = range(6)
CAT_UNI = 8
(AT_BEGIN, AT_BEGIN_LINE, AT_END_STRING, AT_END, AT_END_LINE, AT_BOUNDARY,
 AT_NON_BOUNDARY, AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY) = range(9)
REP_GREEDY, REP_LAZY, REP_POSSESSIVE = range(3)

DIGITS = frozenset("0123456789")
OCTDIGITS = frozenset("01234567")
HEXDIGITS = frozenset("0123456789abcdefABCDEF")
ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
WHITESPACE = frozenset(" \t\n\r\v\f")
SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"

CATEGORY_ESCAPES = {"d": CAT_DIGIT, "D": CAT_NOT_DIGIT, "s": CAT_SPACE,
                    "S": CAT_NOT_SPACE, "w": CAT_WORD, "W": CAT_NOT_WORD}
SIMPLE_ESCAPES = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92}


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"


class Source:
    """The pattern text with a one-token lookahead; an escape is one token."""

    def __init__(self, text, pattern):
        self.text = text
        self.pattern = pattern
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        i = self.index
        text = self.text
        if i >= len(text):
            self.next = None
            return
        c = text[i]
        if c == "\\":
            if i + 1 >= len(text):
                raise error("bad escape (end of pattern)", self.pattern, i)
            c += text[i + 1]
        self.index = i + len(c)
        self.next = c

    def match(self, c):
        if c == self.next:
            self._advance()
            return True
        return False

    def get(self):
        c = self.next
        self._advance()
        return c

    def getwhile(self, n, charset):
        result = ""
        for _ in range(n):
            c = self.next
            if c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ""
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result

    @property
    def pos(self):
        return self.index - len(self.next or "")

    def tell(self):
        return self.index - len(self.next or "")

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        return error(msg, self.pattern, self.tell() - offset)


class State:
    """What the parse knows globally: flags, groups and their names."""

    def __init__(self, flags, is_str):
        self.flags = flags
        self.is_str = is_str
        self.groupdict = {}
        self.groupwidths = [None]   # group 0
        self.lookbehindgroups = None
        self.flags_end = 0          # where leading global flags (?x) end
        self.forward_refs = []      # (group, position) of conditions on later groups

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name, source):
        gid = self.groups
        self.groupwidths.append(None)
        if self.groups > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            ogid = self.groupdict.get(name)
            if ogid is not None:
                raise error("redefinition of group name %r as group %d; was group %d"
                            % (name, gid, ogid), source.pattern, source.tell() - len(name) - 1)
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, width):
        self.groupwidths[gid] = width

    def checkgroup(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error("cannot refer to an open group")
            if gid >= self.lookbehindgroups:
                raise source.error("cannot refer to group defined in the same lookbehind subpattern")


def _fold(c, flags, is_str):
    """The case-folded code of character c (for IGNORECASE)."""
    return _sre.lower(c, is_str and not flags & (ASCII | LOCALE))


def _cased(c, flags, is_str):
    if is_str and not flags & (ASCII | LOCALE):
        ch = chr(c)
        return ch.lower() != ch or ch.upper() != ch or _sre.lower(c, True) in EXTRA_CASES
    return _sre.lower(c, False) != c or _sre.upper(c, False) != c


def _category(code, flags, is_str):
    if is_str and not flags & (ASCII | LOCALE):
        return code + CAT_UNI
    return code


def parse_class_escape(source, escape, state, flags):
    code = CATEGORY_ESCAPES.get(escape[1:2])
    if code is not None:
        return ("cat", _category(code, flags, state.is_str))
    return ("char", parse_char_escape(source, escape, state, True))


def parse_char_escape(source, escape, state, in_class):
    """The code point of a character escape (in or out of a class)."""
    c = escape[1:2]
    if c in SIMPLE_ESCAPES and (in_class or c != "b"):
        return SIMPLE_ESCAPES[c]
    if c == "b" and in_class:
        return 8
    if c == "x":
        escape += source.getwhile(2, HEXDIGITS)
        if len(escape) != 4:
            raise source.error("incomplete escape %s" % escape, len(escape))
        return int(escape[2:], 16)
    if c in ("u", "U") and state.is_str:
        n = 4 if c == "u" else 8
        escape += source.getwhile(n, HEXDIGITS)
        if len(escape) != n + 2:
            raise source.error("incomplete escape %s" % escape, len(escape))
        value = int(escape[2:], 16)
        if value > 0x10FFFF:
            raise source.error("bad escape %s" % escape, len(escape))
        return value
    if c == "N" and state.is_str:
        import unicodedata
        if not source.match("{"):
            raise source.error("missing {")
        charname = source.getuntil("}", "character name")
        try:
            return ord(unicodedata.lookup(charname))
        except (KeyError, TypeError):
            raise source.error("undefined character name %r" % charname,
                               len(charname) + len(r"\N{}")) from None
    if c == "0":
        escape += source.getwhile(2, OCTDIGITS)
        return int(escape[1:], 8)
    if c in OCTDIGITS and in_class:
        escape += source.getwhile(2, OCTDIGITS)
        value = int(escape[1:], 8)
        if value > 0o377:
            raise source.error("octal escape value %s outside of range 0-0o377" % escape, len(escape))
        return value
    if c in DIGITS and in_class:
        raise source.error("bad escape %s" % escape, len(escape))
    if c in ASCIILETTERS:
        raise source.error("bad escape %s" % escape, len(escape))
    return ord(escape[1])


def parse_escape(source, escape, state, flags):
    """An escape outside a class: a node."""
    c = escape[1:2]
    if c == "A":
        return ("at", AT_BEGIN)
    if c == "Z":
        return ("at", AT_END_STRING)
    if c == "b" or c == "B":
        uni = state.is_str and not flags & (ASCII | LOCALE)
        if c == "b":
            return ("at", AT_UNI_BOUNDARY if uni else AT_BOUNDARY)
        return ("at", AT_UNI_NON_BOUNDARY if uni else AT_NON_BOUNDARY)
    code = CATEGORY_ESCAPES.get(c)
    if code is not None:
        return ("in", False, [("cat", _category(code, flags, state.is_str))], False)
    if c in DIGITS and c != "0":
        # an octal escape of three digits, or a group reference
        if source.next in DIGITS:
            escape += source.get()
            if (escape[1] in OCTDIGITS and escape[2] in OCTDIGITS and
                    source.next in OCTDIGITS):
                escape += source.get()
                value = int(escape[1:], 8)
                if value > 0o377:
                    raise source.error("octal escape value %s outside of range 0-0o377"
                                       % escape, len(escape))
                return _literal(value, flags, state)
        group = int(escape[1:])
        if group < state.groups:
            if not state.checkgroup(group):
                raise source.error("cannot refer to an open group", len(escape))
            state.checklookbehindgroup(group, source)
            return ("groupref", group, bool(flags & IGNORECASE))
        raise source.error("invalid group reference %d" % group, len(escape) - 1)
    return _literal(parse_char_escape(source, escape, state, False), flags, state)


def _literal(c, flags, state):
    return ("lit", c, bool(flags & IGNORECASE) and _cased(c, flags, state.is_str))


def parse_alternation(source, state, flags, nested):
    """Alternatives separated by |: a list of nodes (one branch node when
    there are several)."""
    alts = []
    while True:
        alts.append(parse_sequence(source, state, flags, nested + 1))
        if not source.match("|"):
            break
        if nested == 0 and source.next is None:
            pass
    if len(alts) == 1:
        return alts[0]
    return [("branch", alts)]


def _skip_verbose(source):
    while True:
        while source.next in WHITESPACE:
            source.get()
        if source.next != "#":
            return
        while source.next is not None and source.next != "\n":
            source.get()


def parse_sequence(source, state, flags, nested):
    items = []
    while True:
        this = source.next
        if this is None:
            break
        if this in "|)":
            break
        if flags & VERBOSE:
            if this in WHITESPACE:
                source.get()
                continue
            if this == "#":
                _skip_verbose(source)
                continue
        start = source.tell()
        source.get()
        if this[0] == "\\":
            items.append(parse_escape(source, this, state, flags))
        elif this == "[":
            items.append(parse_class(source, state, flags, start))
        elif this in REPEAT_CHARS:
            parse_repeat(source, state, flags, this, start, items)
        elif this == ".":
            items.append(("any", bool(flags & DOTALL)))
        elif this == "^":
            items.append(("at", AT_BEGIN_LINE if flags & MULTILINE else AT_BEGIN))
        elif this == "$":
            items.append(("at", AT_END_LINE if flags & MULTILINE else AT_END))
        elif this == "(":
            node = parse_paren(source, state, flags, nested, start, items)
            if node is not None:
                items.append(node)
        else:
            items.append(_literal(ord(this), flags, state))
    return items


def parse_class(source, state, flags, start):
    items = []
    negate = source.match("^")
    first = True
    while True:
        this = source.get()
        if this is None:
            raise error("unterminated character set", source.pattern, start)
        if this == "]" and not first:
            break
        first = False
        if this[0] == "\\":
            lo = parse_class_escape(source, this, state, flags)
        else:
            lo = ("char", ord(this))
        if source.match("-"):
            that = source.get()
            if that is None:
                raise error("unterminated character set", source.pattern, start)
            if that == "]":
                if lo[0] == "cat":
                    items.append(lo)
                else:
                    items.append(lo)
                items.append(("char", ord("-")))
                break
            if that[0] == "\\":
                hi = parse_class_escape(source, that, state, flags)
            else:
                hi = ("char", ord(that))
            if lo[0] == "cat" or hi[0] == "cat":
                text = this + "-" + that
                raise source.error("bad character range %s" % text, len(text))
            if hi[1] < lo[1]:
                text = this + "-" + that
                raise source.error("bad character range %s" % text, len(text))
            items.append(("range", lo[1], hi[1]))
        else:
            items.append(lo)
    icase = bool(flags & IGNORECASE)
    if not negate and len(items) == 1 and items[0][0] == "char":
        return _literal(items[0][1], flags, state)
    return ("in", negate, items, icase)


def _parse_count(source, text, start):
    return int(text) if text else None


def parse_repeat(source, state, flags, this, start, items):
    if this == "?":
        lo, hi = 0, 1
    elif this == "*":
        lo, hi = 0, MAXREPEAT
    elif this == "+":
        lo, hi = 1, MAXREPEAT
    else:
        here = source.tell()
        lo, hi = 0, MAXREPEAT
        lotext = hitext = ""
        while source.next in DIGITS:
            lotext += source.get()
        comma = source.match(",")
        if comma:
            while source.next in DIGITS:
                hitext += source.get()
        else:
            hitext = lotext
        if (not comma and not lotext) or not source.match("}"):
            items.append(_literal(ord("{"), flags, state))
            source.seek(here)
            return
        if lotext:
            lo = int(lotext)
            if lo >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
        if hitext:
            hi = int(hitext)
            if hi >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
            if hi < lo:
                raise source.error("min repeat greater than max repeat", source.tell() - here)
    if not items or items[-1][0] == "at":
        raise source.error("nothing to repeat", source.tell() - start)
    if items[-1][0] == "repeat":
        raise source.error("multiple repeat", source.tell() - start)
    item = items[-1]
    mode = REP_GREEDY
    if source.match("?"):
        mode = REP_LAZY
    elif source.match("+"):
        mode = REP_POSSESSIVE
    sub = list(item[2]) if item[0] == "subpattern" and item[1] is None else [item]
    items[-1] = ("repeat", lo, hi, mode, sub)


def parse_flags(source, state, char):
    """Inline flags after (?: returns (add, delete), or None for global
    flags (?x)."""
    add = 0
    delete = 0
    if char != "-":
        while True:
            flag = FLAG_LETTERS[char]
            if state.is_str:
                if char == "L":
                    raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            else:
                if char == "u":
                    raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add |= flag
            if flag & TYPE_FLAGS and (add & TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = source.get()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in FLAG_LETTERS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add
        return None
    if add & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = source.get()
        if char is None:
            raise source.error("missing flag")
        if char not in FLAG_LETTERS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = FLAG_LETTERS[char]
            if flag & TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            delete |= flag
            char = source.get()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in FLAG_LETTERS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    if delete & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add & delete:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add, delete


def _check_name(source, name, offset):
    if not name.isidentifier():
        raise source.error("bad character in group name %r" % name, offset)


def parse_paren(source, state, flags, nested, start, items):
    group = True
    name = None
    sub_flags = flags
    if source.match("?"):
        char = source.get()
        if char is None:
            raise source.error("unexpected end of pattern")
        if char == "P":
            if source.match("<"):
                name = source.getuntil(">", "group name")
                _check_name(source, name, len(name) + 1)
            elif source.match("="):
                name = source.getuntil(")", "group name")
                _check_name(source, name, len(name) + 1)
                gid = state.groupdict.get(name)
                if gid is None:
                    raise source.error("unknown group name %r" % name, len(name) + 1)
                if not state.checkgroup(gid):
                    raise source.error("cannot refer to an open group", len(name) + 1)
                state.checklookbehindgroup(gid, source)
                return ("groupref", gid, bool(flags & IGNORECASE))
            else:
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                raise source.error("unknown extension ?P" + char, len(char) + 2)
        elif char == ":":
            group = False
        elif char == "#":
            while True:
                if source.next is None:
                    raise error("missing ), unterminated comment", source.pattern, start)
                if source.get() == ")":
                    break
            return None
        elif char in "=!<":
            dir_behind = False
            if char == "<":
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                if char not in "=!":
                    raise source.error("unknown extension ?<" + char, len(char) + 2)
                dir_behind = True
                saved = state.lookbehindgroups
                if saved is None:
                    state.lookbehindgroups = state.groups
            body = parse_alternation(source, state, flags, nested + 1)
            if dir_behind and saved is None:
                state.lookbehindgroups = None
            if not source.match(")"):
                raise error("missing ), unterminated subpattern", source.pattern, start)
            width = 0
            if dir_behind:
                lo, hi = getwidth(body)
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern")
                width = lo
            return ("assert", dir_behind, char == "!", width, body)
        elif char == "(":
            condname = source.getuntil(")", "group name")
            if condname.isidentifier():
                condgroup = state.groupdict.get(condname)
                if condgroup is None:
                    raise source.error("unknown group name %r" % condname, len(condname) + 1)
            else:
                try:
                    condgroup = int(condname)
                    if condgroup < 0 or not condname.isdigit() or not condname.isascii():
                        raise ValueError
                except ValueError:
                    raise source.error("bad character in group name %r" % condname,
                                       len(condname) + 1) from None
                if not condgroup:
                    raise source.error("bad group number", len(condname) + 1)
                if condgroup >= MAXGROUPS:
                    raise source.error("invalid group reference %d" % condgroup, len(condname) + 1)
                if condgroup >= state.groups:
                    state.forward_refs.append((condgroup, source.tell() - len(condname) - 1))
            state.checklookbehindgroup(condgroup, source)
            yes = parse_sequence(source, state, flags, nested + 1)
            no = None
            if source.match("|"):
                no = parse_sequence(source, state, flags, nested + 1)
                if source.next == "|":
                    raise source.error("conditional backref with more than two branches")
            if not source.match(")"):
                raise error("missing ), unterminated subpattern", source.pattern, start)
            return ("groupref_exists", condgroup, yes, no or [])
        elif char == ">":
            body = parse_alternation(source, state, flags, nested + 1)
            if not source.match(")"):
                raise error("missing ), unterminated subpattern", source.pattern, start)
            return ("atomic", body)
        elif char in FLAG_LETTERS or char == "-":
            result = parse_flags(source, state, char)
            if result is None:
                if (items or nested != 1 or not _verbose_filler(
                        source.pattern[state.flags_end:start],
                        state.flags & 64)):
                    raise error("global flags not at the start of the expression",
                                source.pattern, start)
                state.flags_end = source.tell()
                if state.flags & ~flags:
                    raise _Restart()
                return None
            add, delete = result
            sub_flags = (flags | add) & ~delete
            group = False
        else:
            raise source.error("unknown extension ?" + char, len(char) + 1)
    gid = None
    if group:
        try:
            gid = state.opengroup(name, source)
        except error as err:
            raise source.error(err.msg, len(name) + 1) from None
    body = parse_alternation(source, state, sub_flags, nested + 1)
    if not source.match(")"):
        raise error("missing ), unterminated subpattern", source.pattern, start)
    if gid is not None:
        state.closegroup(gid, getwidth(body))
    return ("subpattern", gid, body)


class _Restart(Exception):
    """Global flags changed how the rest must be read: parse again."""
    pass


def getwidth(nodes):
    """(min, max) characters the nodes can match."""
    lo = hi = 0
    for node in nodes:
        kind = node[0]
        if kind in ("lit", "in", "any"):
            lo += 1
            hi += 1
        elif kind == "subpattern":
            a, b = getwidth(node[2])
            lo += a
            hi += b
        elif kind == "atomic":
            a, b = getwidth(node[1])
            lo += a
            hi += b
        elif kind == "branch":
            ws = [getwidth(alt) for alt in node[1]]
            lo += min(w[0] for w in ws)
            hi += max(w[1] for w in ws)
        elif kind == "repeat":
            a, b = getwidth(node[4])
            lo += a * node[1]
            hi += b * node[2]
        elif kind == "groupref":
            hi += MAXREPEAT
        elif kind == "groupref_exists":
            a, b = getwidth(node[2])
            c, d = getwidth(node[3])
            lo += min(a, c)
            hi += max(b, d)
    return min(lo, MAXREPEAT), min(hi, MAXREPEAT)


def parse(pattern, flags):
    """Parse [pattern] (str or bytes): (tree, State)."""
    is_str = isinstance(pattern, str)
    text = pattern if is_str else pattern.decode("latin-1")
    while True:
        state = State(flags, is_str)
        source = Source(text, pattern)
        try:
            tree = parse_alternation(source, state, state.flags, 0)
        except _Restart:
            flags = state.flags
            continue
        break
    if source.next is not None:
        assert source.next == ")"
        raise source.error("unbalanced parenthesis")
    for gid, pos in state.forward_refs:
        if gid >= state.groups:
            raise error("invalid group reference %d" % gid, pattern, pos)
    return tree, state


# ---- the compiler ----

class Compiler:
    def __init__(self, flags, is_str):
        self.code = []
        self.nrepeats = 0
        self.flags = flags
        self.unicode = is_str and not flags & (ASCII | LOCALE)

    def emit(self, *words):
        self.code.extend(words)

    def nodes(self, nodes):
        dispatch = _DISPATCH
        for node in nodes:
            dispatch[node[0]](self, node)

    def c_lit(self, node):
        c = node[1]
        if node[2]:
            low = _sre.lower(c, self.unicode)
            extra = EXTRA_CASES.get(low) if self.unicode else None
            if extra:
                data = self.set_data(False, [("char", x) for x in (low,) + extra])
                self.emit(IN_I, len(data))
                self.code.extend(data)
            else:
                self.emit(LIT_I, low)
        else:
            self.emit(LIT, c)

    def c_any(self, node):
        self.emit(ANY_ALL if node[1] else ANY)

    def c_in(self, node):
        items = node[2]
        if node[3] and self.unicode:
            items = items + [("char", x) for item in items if item[0] == "char"
                             for x in EXTRA_CASES.get(_sre.lower(item[1], True), ())]
        data = self.set_data(node[1], items)
        self.emit(IN_I if node[3] else IN, len(data))
        self.code.extend(data)

    def set_data(self, negate, items):
        bitmap = [0] * 8
        small = False
        data = [1 if negate else 0]
        rest = []
        for item in items:
            if item[0] == "char":
                c = item[1]
                if c < 256:
                    bitmap[c >> 5] |= 1 << (c & 31)
                    small = True
                else:
                    rest.extend((SET_CHAR, c))
            elif item[0] == "range":
                lo, hi = item[1], item[2]
                if lo < 256 and hi - lo < 256:
                    for c in range(lo, min(hi, 255) + 1):
                        bitmap[c >> 5] |= 1 << (c & 31)
                    small = True
                    if hi > 255:
                        rest.extend((SET_RANGE, 256, hi))
                else:
                    rest.extend((SET_RANGE, lo, hi))
            else:
                rest.extend((SET_CAT, item[1]))
        if small:
            data.append(SET_BITMAP)
            data.extend(bitmap)
        data.extend(rest)
        return data

    def c_at(self, node):
        self.emit(AT, node[1])

    def c_subpattern(self, node):
        gid = node[1]
        if gid is None:
            self.nodes(node[2])
            return
        self.emit(MARK, 2 * gid)
        self.nodes(node[2])
        self.emit(MARK, 2 * gid + 1)

    def c_branch(self, node):
        jumps = []
        alts = node[1]
        for i, alt in enumerate(alts):
            if i < len(alts) - 1:
                split = len(self.code)
                self.emit(SPLIT, split + 3, 0)
                self.nodes(alt)
                jumps.append(len(self.code))
                self.emit(JUMP, 0)
                self.code[split + 2] = len(self.code)
            else:
                self.nodes(alt)
        for j in jumps:
            self.code[j + 1] = len(self.code)

    def c_repeat(self, node):
        lo, hi, mode, body = node[1], node[2], node[3], node[4]
        if hi == 0:
            return
        if len(body) == 1 and body[0][0] in ("lit", "any", "in"):
            start = len(self.code)
            self.emit(REPEAT_ONE, lo, hi, mode, 0)
            self.nodes(body)
            self.code[start + 4] = len(self.code) - start - 5
            return
        if mode == REP_POSSESSIVE:
            self.emit(ATOMIC, 0)
            self.c_repeat(("repeat", lo, hi, REP_GREEDY, body))
            self.emit(ATOMIC_END)
            return
        if lo == 1 and hi == 1:
            self.nodes(body)
            return
        if lo == 0 and hi == 1:
            split = len(self.code)
            self.emit(SPLIT, 0, 0)
            body_at = len(self.code)
            self.nodes(body)
            end = len(self.code)
            if mode == REP_LAZY:
                self.code[split + 1] = end
                self.code[split + 2] = body_at
            else:
                self.code[split + 1] = body_at
                self.code[split + 2] = end
            return
        r = self.nrepeats
        self.nrepeats += 1
        init = len(self.code)
        self.emit(REPEAT_INIT, r, 0)
        iter_at = len(self.code)
        self.emit(ITER, r)
        self.nodes(body)
        self.code[init + 2] = len(self.code)
        self.emit(LOOP, r, lo, hi, 1 if mode == REP_LAZY else 0, iter_at)

    def c_groupref(self, node):
        self.emit(GROUPREF_I if node[2] else GROUPREF, node[1])

    def c_groupref_exists(self, node):
        at = len(self.code)
        self.emit(GROUPREF_EXISTS, node[1], 0)
        self.nodes(node[2])
        jump = len(self.code)
        self.emit(JUMP, 0)
        self.code[at + 2] = len(self.code)
        self.nodes(node[3])
        self.code[jump + 1] = len(self.code)

    def c_assert(self, node):
        at = len(self.code)
        self.emit(ASSERT, 1 if node[1] else 0, 1 if node[2] else 0, node[3], 0)
        self.nodes(node[4])
        self.emit(ASSERT_END)
        self.code[at + 4] = len(self.code)

    def c_atomic(self, node):
        at = len(self.code)
        self.emit(ATOMIC, 0)
        self.nodes(node[1])
        self.emit(ATOMIC_END)
        self.code[at + 1] = len(self.code)


_DISPATCH = {
    "lit": Compiler.c_lit, "any": Compiler.c_any, "in": Compiler.c_in, "at": Compiler.c_at,
    "subpattern": Compiler.c_subpattern, "branch": Compiler.c_branch,
    "repeat": Compiler.c_repeat, "groupref": Compiler.c_groupref,
    "groupref_exists": Compiler.c_groupref_exists, "assert": Compiler.c_assert,
    "atomic": Compiler.c_atomic,
}


def _first_char(nodes):
    """A literal that every match must start with, or -1."""
    for node in nodes:
        kind = node[0]
        if kind == "lit":
            return -1 if node[2] else node[1]
        if kind == "subpattern":
            return _first_char(node[2])
        if kind == "atomic":
            return _first_char(node[1])
        if kind == "repeat" and node[1] > 0:
            return _first_char(node[4])
        return -1
    return -1


def _anchored(nodes):
    for node in nodes:
        if node[0] == "at":
            return node[1] == AT_BEGIN
        if node[0] == "subpattern":
            return _anchored(node[2])
        return False
    return False


def compile(pattern, flags):
    """Parse and compile: (program, state, flags)."""
    tree, state = parse(pattern, flags)
    flags = state.flags
    is_str = state.is_str
    if is_str:
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & ASCII:
            flags |= UNICODE
        elif flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    c = Compiler(flags, is_str)
    c.nodes(tree)
    c.emit(SUCCESS)
    prog = _sre.program(c.code, state.groups, c.nrepeats, _first_char(tree),
                        1 if _anchored(tree) else 0, 1 if c.unicode else 0)
    return prog, state, flags


def _verbose_filler(text, verbose):
    """Whether text holds nothing but what verbose mode skips."""
    if not text:
        return True
    if not verbose:
        return False
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    i = 0
    while i < len(text):
        if text[i].isspace():
            i += 1
        elif text[i] == '#':
            end = text.find('\n', i)
            i = len(text) if end < 0 else end + 1
        else:
            return False
    return True
