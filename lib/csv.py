"""CSV parsing and writing (readers, writers, dialects), CPython 3.11 behaviour."""
from io import StringIO

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE',
           'Error', 'Dialect', 'excel', 'excel_tab', 'field_size_limit',
           'reader', 'writer', 'register_dialect', 'get_dialect',
           'list_dialects', 'Sniffer', 'unregister_dialect', 'DictReader',
           'DictWriter', 'unix_dialect']

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)
__version__ = '1.0'


class Error(Exception):
    pass


_dialects = {}
_field_limit = 128 * 1024


def field_size_limit(*args):
    """Set or return the maximum field size allowed by the parser."""
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d'
                        % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


class Dialect:
    """Describe a CSV dialect."""
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def _char_param(name, value, default, allow_none):
    if value is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be a 1-character string' % name)
    if not isinstance(value, str):
        raise TypeError('"%s" must be string or None, not %s'
                        % (name, type(value).__name__) if allow_none else
                        '"%s" must be string, not %s'
                        % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Dialect:
    """The validated parameters a reader or writer works with."""

    def __init__(self, dialect=None, **kw):
        base = dialect
        if isinstance(dialect, str):
            base = get_dialect(dialect)

        def pick(name, default):
            if name in kw:
                return kw[name]
            if base is not None and hasattr(base, name):
                v = getattr(base, name)
                return v
            return default
        self.delimiter = _char_param('delimiter', pick('delimiter', ','), ',',
                                     False)
        self.doublequote = bool(pick('doublequote', True))
        self.escapechar = _char_param('escapechar', pick('escapechar', None),
                                      None, True)
        lineterminator = pick('lineterminator', '\r\n')
        if not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lineterminator
        quoting = pick('quoting', QUOTE_MINIMAL)
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC,
                           QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        self.quoting = quoting
        quotechar = pick('quotechar', '"')
        if quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        self.quotechar = _char_param('quotechar', quotechar, '"', True)
        self.skipinitialspace = bool(pick('skipinitialspace', False))
        self.strict = bool(pick('strict', False))


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    d = _Dialect(dialect, **fmtparams)
    _dialects[name] = d


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    try:
        del _dialects[name]
    except KeyError:
        raise Error('unknown dialect') from None


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except KeyError:
        raise Error('unknown dialect') from None


def list_dialects():
    """Return a list of all known dialect names."""
    return list(_dialects)


class _Reader:
    """Iterates over the rows of a CSV source."""

    def __init__(self, f, dialect='excel', **kw):
        self._lines = iter(f)
        self.dialect = _Dialect(dialect, **kw)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        state = 'start_record'
        quoted = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if state in ('start_record',):
                    raise
                if state == 'in_quoted' or state == 'escape_in_quoted':
                    if d.strict:
                        raise Error('unexpected end of data')
                if state == 'escape':
                    raise Error('unexpected end of data')
                fields.append(self._finish(field, quoted))
                return fields
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s '
                            '(the file should be opened in text mode)'
                            % type(line).__name__)
            self.line_num += 1
            if '\0' in line:
                raise Error('line contains NUL')
            i = 0
            n = len(line)
            while i < n:
                c = line[i]
                i += 1
                if state == 'start_record':
                    if c in '\r\n':
                        state = 'eat_crnl'
                        continue
                    state = 'start_field'
                if state == 'start_field':
                    quoted = False
                    if c in '\r\n':
                        fields.append(self._finish(field, quoted))
                        field = []
                        state = 'eat_crnl'
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        quoted = True
                        state = 'in_quoted'
                    elif c == d.escapechar:
                        state = 'escape'
                    elif c == ' ' and d.skipinitialspace:
                        pass
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted))
                        field = []
                    else:
                        field.append(c)
                        state = 'in_field'
                elif state == 'escape':
                    field.append(c)
                    state = 'in_field'
                elif state == 'in_field':
                    if c in '\r\n':
                        fields.append(self._finish(field, quoted))
                        field = []
                        state = 'eat_crnl'
                    elif c == d.escapechar:
                        state = 'escape'
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted))
                        field = []
                        state = 'start_field'
                    else:
                        field.append(c)
                elif state == 'in_quoted':
                    if c == d.escapechar:
                        state = 'escape_in_quoted'
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = 'quote_in_quoted' if d.doublequote \
                            else 'in_field'
                    else:
                        field.append(c)
                elif state == 'escape_in_quoted':
                    field.append(c)
                    state = 'in_quoted'
                elif state == 'quote_in_quoted':
                    if c == d.quotechar and d.quoting != QUOTE_NONE:
                        field.append(c)
                        state = 'in_quoted'
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted))
                        field = []
                        state = 'start_field'
                    elif c in '\r\n':
                        fields.append(self._finish(field, quoted))
                        field = []
                        state = 'eat_crnl'
                    elif not d.strict:
                        field.append(c)
                        state = 'in_field'
                    else:
                        raise Error("'%c' expected after '%c'"
                                    % (d.delimiter, d.quotechar))
                elif state == 'eat_crnl':
                    if c in '\r\n':
                        continue
                    raise Error('new-line character seen in unquoted field - '
                                'do you need to open the file with '
                                "newline=''?")
                if len(field) > _field_limit:
                    raise Error('field larger than field limit (%d)'
                                % _field_limit)
            if state == 'eat_crnl':
                return fields
            if state in ('in_quoted', 'escape_in_quoted'):
                if state == 'escape_in_quoted':
                    state = 'in_quoted'
                continue
            if state == 'escape':
                field.append('\n')
                state = 'in_field'
                continue
            if state == 'start_record':
                return fields
            fields.append(self._finish(field, quoted))
            return fields

    def _finish(self, field, quoted):
        text = ''.join(field)
        if (self.dialect.quoting == QUOTE_NONNUMERIC and not quoted
                and text != ''):
            return float(text)
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted \
                and text == '':
            return text
        return text


def reader(csvfile, dialect='excel', **fmtparams):
    """Return a reader object which will iterate over lines in csvfile."""
    return _Reader(csvfile, dialect, **fmtparams)


class _Writer:
    """Writes rows to a file-like object with a write() method."""

    def __init__(self, f, dialect='excel', **kw):
        try:
            self._write = f.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _Dialect(dialect, **kw)

    def _quote_field(self, field, only_one):
        d = self.dialect
        if field is None:
            text = ''
        elif isinstance(field, str):
            text = field
        else:
            text = str(field)
        quote = False
        if d.quoting == QUOTE_ALL:
            quote = True
        elif d.quoting == QUOTE_NONNUMERIC:
            quote = not isinstance(field, (int, float)) or \
                isinstance(field, bool) and False
            if isinstance(field, bool):
                quote = False
        specials = d.delimiter + d.lineterminator + '\r\n' + \
            (d.quotechar or '') + (d.escapechar or '')
        out = []
        for ch in text:
            want_escape = False
            if ch in specials or (ch == ' ' and False):
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if ch == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            want_escape = True
                    elif ch == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quote = True
                if want_escape:
                    if not d.escapechar:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(ch)
        text = ''.join(out)
        if not text and only_one and d.quoting != QUOTE_NONE:
            quote = True
        if not text and only_one and d.quoting == QUOTE_NONE:
            raise Error('single empty field record must be quoted')
        if quote:
            if d.quotechar is None:
                raise Error('need to escape, but no escapechar set')
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error('iterable expected, not %s'
                        % type(row).__name__) from None
        line = self.dialect.delimiter.join(
            self._quote_field(f, len(items) == 1) for f in items)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    """Return a writer object that writes rows to csvfile."""
    return _Writer(csvfile, dialect, **fmtparams)


register_dialect('excel', excel)
register_dialect('excel-tab', excel_tab)
register_dialect('unix', unix_dialect)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise',
                 dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Deduce the format of a CSV file (delimiter and header)."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """Return a dialect (a Dialect subclass) matching the sample."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample,
                                                                delimiters)
        if not delimiter:
            raise Error('Could not determine delimiter')

        class dialect(Dialect):
            _name = 'sniffed'
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        for q in ('"', "'"):
            counts = {}
            i = 0
            found = False
            while True:
                start = data.find(q, i)
                if start < 0:
                    break
                end = data.find(q, start + 1)
                if end < 0:
                    break
                found = True
                before = data[start - 1] if start > 0 else ''
                after = data[end + 1] if end + 1 < len(data) else ''
                for ch in (before, after):
                    if ch and ch not in '\r\n' and (delimiters is None
                                                   or ch in delimiters) \
                            and not ch.isalnum() and ch != q:
                        counts[ch] = counts.get(ch, 0) + 1
                i = end + 1
            if found:
                if not counts:
                    return q, False, '', False
                delim = max(counts, key=counts.get)
                if delim == ' ' and len(counts) > 1:
                    counts.pop(' ')
                    delim = max(counts, key=counts.get)
                skipinitialspace = (delim + ' ' + q) in data
                doublequote = (q + q) in data
                return q, doublequote, delim, skipinitialspace
        return '', False, None, 0

    def _guess_delimiter(self, data, delimiters):
        lines = [l for l in data.split('\n') if l.strip()]
        if not lines:
            return '', 0
        candidates = delimiters or ''.join(
            sorted(set(c for c in lines[0] if not c.isalnum() and c not in
                       '"\'\r\n')))
        best = None
        for c in self.preferred + [x for x in candidates
                                   if x not in self.preferred]:
            if c not in candidates:
                continue
            counts = [l.count(c) for l in lines]
            if counts[0] and all(n == counts[0] for n in counts):
                best = c
                break
        if best is None:
            for c in candidates:
                if all(l.count(c) for l in lines):
                    best = c
                    break
        if best is None:
            return '', 0
        skipinitialspace = all(l.count(best) == l.count(best + ' ')
                               for l in lines)
        return best, skipinitialspace

    def has_header(self, sample):
        """True if the first row looks like column titles."""
        rdr = reader(StringIO(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        columnTypes = {}
        for i in range(columns):
            columnTypes[i] = None
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(columnTypes.keys()):
                thisType = complex
                try:
                    thisType(row[col])
                except (ValueError, OverflowError):
                    thisType = len(row[col])
                if thisType != columnTypes[col]:
                    if columnTypes[col] is None:
                        columnTypes[col] = thisType
                    else:
                        del columnTypes[col]
        hasHeader = 0
        for col, colType in columnTypes.items():
            if isinstance(colType, int):
                if len(header[col]) != colType:
                    hasHeader += 1
                else:
                    hasHeader -= 1
            else:
                try:
                    colType(header[col])
                except (ValueError, TypeError):
                    hasHeader += 1
                else:
                    hasHeader -= 1
        return hasHeader > 0
