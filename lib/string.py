"""String constants, capwords and Template."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize each word of s, splitting and joining on sep."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class _DefaultPattern:
    # Template's own pattern, compiled on first use so that importing
    # string does not import re
    def __get__(self, obj, cls):
        pattern = _compile_pattern(Template, Template._default_pattern())
        Template.pattern = pattern
        return pattern


def _compile_pattern(cls, pattern):
    import re
    flags = cls.flags if cls.flags is not None else re.IGNORECASE
    return re.compile(pattern, flags | re.VERBOSE)


class Template:
    """$-substitution: $name, ${name} and $$ for a literal dollar.

    A subclass may change delimiter, idpattern, braceidpattern and flags,
    or give a whole pattern with the groups escaped, named, braced and
    invalid."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None          # re.IGNORECASE, set when the pattern is first built
    pattern = _DefaultPattern()

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            pattern = cls._default_pattern()
        cls.pattern = _compile_pattern(cls, pattern)

    @classmethod
    def _default_pattern(cls):
        import re
        delim = re.escape(cls.delimiter)
        ident = cls.idpattern
        bident = cls.braceidpattern or cls.idpattern
        return (delim + '(?:(?P<escaped>' + delim + ')|(?P<named>' + ident +
                ')|{(?P<braced>' + bident + ')}|(?P<invalid>))')

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        mapping = _merge(mapping, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=None, /, **kws):
        mapping = _merge(mapping, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                # the pattern matched, but no group did: a broken pattern
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None and mo.group('invalid') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return ids


class _ChainMap:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        return _ChainMap(kws, mapping)
    return mapping


class Formatter:
    """str.format's machinery, with hooks a subclass can override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, depth,
                 auto_arg_index=0):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # CPython's string.Formatter words both cases this way
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 depth - 1, auto_arg_index)
            out.append(self.format_field(obj, spec))
        return ''.join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % conversion)

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


def _parse_format(s):
    # yields (literal_text, field_name, format_spec, conversion)
    i = 0
    n = len(s)
    literal = []
    while i < n:
        c = s[i]
        if c == '}':
            if s.startswith('}', i + 1):
                # an escaped brace ends the current literal chunk
                yield ''.join(literal) + '}', None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if s.startswith('{', i + 1):
            yield ''.join(literal) + '{', None, None, None
            literal = []
            i += 2
            continue
        end = _field_end(s, i + 1)
        yield (''.join(literal),) + _split_field(s[i + 1:end])
        literal = []
        i = end + 1
    if literal:
        yield ''.join(literal), None, None, None


def _field_end(s, i):
    # index of the '}' closing the field that starts at i (nesting allowed)
    start = i
    depth = 1
    in_spec = False
    while i < len(s):
        if s[i] == ':' and depth == 1:
            in_spec = True
        elif s[i] == '!' and depth == 1 and not in_spec:
            # the character after '!' is the conversion, even a brace
            i += 2
            continue
        if s[i] == '{':
            depth += 1
        elif s[i] == '}':
            depth -= 1
            if depth == 0:
                return i
        i += 1
    field = s[start:]
    if not field:
        raise ValueError("Single '{' encountered in format string")
    if field.endswith('!') and '[' not in field:
        raise ValueError('end of string while looking for conversion '
                         'specifier')
    if depth > 1 or '!' in field or ':' in field:
        raise ValueError("unmatched '{' in format spec")
    raise ValueError("expected '}' before end of string")


def _split_field(field):
    # "name!c:spec" -> (name, spec, c)
    name_end = len(field)
    bracket = False
    for k, ch in enumerate(field):
        if ch == '[':
            bracket = True
        elif ch == ']':
            bracket = False
        elif not bracket and ch in '!:':
            name_end = k
            break
    name = field[:name_end]
    rest = field[name_end:]
    conversion = None
    if rest.startswith('!'):
        if len(rest) < 2:
            raise ValueError('end of string while looking for conversion '
                             'specifier')
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(':'):
            raise ValueError('expected \':\' after conversion specifier')
    spec = rest[1:] if rest.startswith(':') else ''
    return name, spec, conversion


def _split_field_name(name):
    # "a.b[0]" -> ("a", [(True, "b"), (False, 0)])
    k = 0
    while k < len(name) and name[k] not in '.[':
        k += 1
    first = name[:k]
    if first.isdigit():
        first = int(first)
    rest = []
    while k < len(name):
        if name[k] == '.':
            j = k + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            if j == k + 1:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name[k + 1:j]))
            k = j
        else:
            j = name.find(']', k)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:j]
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            k = j + 1
    return first, rest
