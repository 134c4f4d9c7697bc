"""Dates, times, time deltas and time zones (CPython 3.11 behaviour)."""
import time as _time
import math as _math
import sys

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
               'Sep', 'Oct', 'Nov', 'Dec']
_FULLMONTHNAMES = [None, 'January', 'February', 'March', 'April', 'May', 'June',
                   'July', 'August', 'September', 'October', 'November',
                   'December']
_DAYNAMES = [None, 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_FULLDAYNAMES = [None, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
                 'Saturday', 'Sunday']


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """ordinal -> (year, month, day), with 0001-01-01 as day 1."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    hh, mm = divmod(off, timedelta(hours=1))
    mm, ss = divmod(mm, timedelta(minutes=1))
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or ss.microseconds:
        s += '%s%02d' % (sep, ss.seconds)
        if ss.microseconds:
            s += '.%06d' % ss.microseconds
    return s


def _strftime(obj, fmt, timetuple):
    """Format a date/time; %z, %Z, %f and %: come from the object itself."""
    out = []
    i = 0
    n = len(fmt)
    y, mo, d, hh, mi, ss, wd, yd = timetuple[:8]
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        start = i - 1
        flags = ''
        while i < n and fmt[i] in '-_0^#':
            flags += fmt[i]
            i += 1
        wstart = i
        while i < n and fmt[i].isdigit():
            i += 1
        if i >= n:
            out.append(fmt[start:])
            break
        width = int(fmt[wstart:i]) if i > wstart else 0
        code = fmt[i]
        i += 1
        text = _strftime_code(obj, code, y, mo, d, hh, mi, ss, wd, yd)
        if flags or width:
            if code != '%' and text == '%' + code:
                text = fmt[start:i]
            elif code in 'zZ':
                # CPython hands these to the C library, which knows no zone.
                text = ''
            else:
                text = _strftime_pad(text, code, flags, width)
        out.append(text)
    return ''.join(out)


def _strftime_pad(text, code, flags, width):
    # The glibc flags: '-' no padding, '_' spaces, '0' zeros, '^' upper
    # case, '#' swapped case; a width pads the field to that many characters.
    body = text.strip(' ')
    sign = ''
    if body[:1] in ('-', '+') and code != 'z':
        sign, body = body[0], body[1:]
    if body.isdigit() and code not in 'z':
        if '-' in flags or '_' in flags:
            body = body.lstrip('0') or '0'
        pad = ' ' if ('_' in flags or '-' in flags) else '0'
        if '0' in flags:
            pad = '0'
        if width:
            target = width
        else:
            target = 0 if '-' in flags else len(text)
        if pad == '0':
            return sign + body.rjust(target - len(sign), '0')
        return (sign + body).rjust(target)
    if '^' in flags:
        text = text.upper()
    elif '#' in flags:
        text = text.lower() if code in 'pZ' else text.upper()
    return text.rjust(width, '0' if '0' in flags else ' ')


def _strftime_code(obj, code, y, mo, d, hh, mi, ss, wd, yd):
    if code == 'Y':
        return '%d' % y if y >= 1000 else '%d' % y
    if code == 'm':
        return '%02d' % mo
    if code == 'd':
        return '%02d' % d
    if code == 'e':
        return '%2d' % d
    if code == 'H':
        return '%02d' % hh
    if code == 'M':
        return '%02d' % mi
    if code == 'S':
        return '%02d' % ss
    if code == 'f':
        return '%06d' % getattr(obj, 'microsecond', 0)
    if code == 'y':
        return '%02d' % (y % 100)
    if code == 'C':
        return '%02d' % (y // 100)
    if code == 'I':
        return '%02d' % ((hh + 11) % 12 + 1)
    if code == 'l':
        return '%2d' % ((hh + 11) % 12 + 1)
    if code == 'p':
        return 'AM' if hh < 12 else 'PM'
    if code == 'a':
        return _DAYNAMES[wd + 1]
    if code == 'A':
        return _FULLDAYNAMES[wd + 1]
    if code == 'b' or code == 'h':
        return _MONTHNAMES[mo]
    if code == 'B':
        return _FULLMONTHNAMES[mo]
    if code == 'w':
        return '%d' % ((wd + 1) % 7)
    if code == 'u':
        return '%d' % (wd + 1)
    if code == 'j':
        return '%03d' % yd
    if code == 'U':
        return '%02d' % ((yd + 6 - (wd + 1) % 7) // 7)
    if code == 'W':
        return '%02d' % ((yd + 6 - wd) // 7)
    if code in 'GVg':
        iy, iw, _ = _isocalendar(y, mo, d)
        if code == 'G':
            return '%d' % iy
        if code == 'g':
            return '%02d' % (iy % 100)
        return '%02d' % iw
    if code == 'c':
        return '%s %s %2d %02d:%02d:%02d %d' % (
            _DAYNAMES[wd + 1], _MONTHNAMES[mo], d, hh, mi, ss, y)
    if code == 'x':
        return '%02d/%02d/%02d' % (mo, d, y % 100)
    if code == 'X':
        return '%02d:%02d:%02d' % (hh, mi, ss)
    if code == 'D':
        return '%02d/%02d/%02d' % (mo, d, y % 100)
    if code == 'F':
        return '%d-%02d-%02d' % (y, mo, d)
    if code == 'T':
        return '%02d:%02d:%02d' % (hh, mi, ss)
    if code == 'R':
        return '%02d:%02d' % (hh, mi)
    if code == 'r':
        return '%02d:%02d:%02d %s' % ((hh + 11) % 12 + 1, mi, ss,
                                      'AM' if hh < 12 else 'PM')
    if code == 'n':
        return '\n'
    if code == 't':
        return '\t'
    if code == '%':
        return '%'
    if code == 'z':
        off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
        return _format_offset(off, '') if off is not None else ''
    if code == 'Z':
        name = obj.tzname() if hasattr(obj, 'tzname') else None
        if name is None:
            return ''
        if not isinstance(name.replace('%', '%%'), str):
            raise TypeError("tzinfo.tzname() must return None or a string, "
                            "not '%s'" % type(name).__name__)
        return name
    if code == 's':
        return '%d' % _time.mktime((y, mo, d, hh, mi, ss, wd, yd, -1))
    return '%' + code


def _isocalendar(year, month, day):
    week1monday = _isoweek1monday(year)
    today = _ymd2ord(year, month, day)
    week, day = divmod(today - week1monday, 7)
    if week < 0:
        year -= 1
        week1monday = _isoweek1monday(year)
        week, day = divmod(today - week1monday, 7)
    elif week >= 52:
        if today >= _isoweek1monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, day + 1


def _isoweek1monday(year):
    THURSDAY = 3
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > THURSDAY:
        week1monday += 7
    return week1monday


def _check_int_field(value):
    if isinstance(value, int):
        return int(value)
    try:
        value = value.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return value


def _check_date_fields(year, month, day):
    year = _check_int_field(year)
    month = _check_int_field(month)
    day = _check_int_field(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _check_int_field(hour)
    minute = _check_int_field(minute)
    second = _check_int_field(second)
    microsecond = _check_int_field(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass,"
                        " not type '%s'" % type(tz).__name__)


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('%s()=%s, must be strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24)'
                         % (name, offset))


def _cmperror(x, y):
    raise TypeError("can't compare %s to %s" % (_type_name(x), _type_name(y)))


def _divide_and_round(a, b):
    """Round a/b to the nearest int, ties to even (exact for ints)."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


class timedelta:
    """Difference between two datetimes: days, seconds and microseconds."""
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        for v in (days, seconds, microseconds, milliseconds, minutes, hours,
                  weeks):
            if not isinstance(v, (int, float)):
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (_td_component_name(v, days, seconds,
                                                     microseconds, milliseconds,
                                                     minutes, hours, weeks),
                                   type(v).__name__))
        parts = [(weeks, 7 * 86400 * 10**6), (days, 86400 * 10**6),
                 (hours, 3600 * 10**6), (minutes, 60 * 10**6),
                 (seconds, 10**6), (milliseconds, 1000), (microseconds, 1)]
        # Integer parts add exactly; each float part is scaled to
        # microseconds in float arithmetic, its whole part added exactly and
        # its fraction kept aside; the fractions are rounded once at the end,
        # ties going to the even total.
        total = 0
        leftover = 0.0
        for value, scale in parts:
            if isinstance(value, float):
                if value != value:
                    raise ValueError('cannot convert float NaN to integer')
                frac, whole = _math.modf(value * scale)
                total += int(whole)
                leftover += frac
            else:
                total += int(value) * scale
        if leftover:
            whole = _math.floor(leftover)
            rest = leftover - whole
            if rest > 0.5 or (rest == 0.5 and (total + int(whole)) % 2 == 1):
                whole += 1
            total += int(whole)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, us):
        s, us = divmod(us, 1000000)
        d, s = divmod(s, 86400)
        if abs(d) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_type_name(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            s = '%d day%s, ' % (self._days, plural) + s
        if self._microseconds:
            s = s + '.%06d' % self._microseconds
        return s

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_microseconds() / 10**6

    @property
    def days(self):
        """days"""
        return self._days

    @property
    def seconds(self):
        """seconds"""
        return self._seconds

    @property
    def microseconds(self):
        """microseconds"""
        return self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds()
                                                + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds()
                                                - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            usec = self._to_microseconds()
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_and_round(usec * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec // other._to_microseconds()
        return timedelta._from_microseconds(usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(_divide_and_round(usec, other))
        a, b = other.as_integer_ratio()
        return timedelta._from_microseconds(_divide_and_round(b * usec, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            r = self._to_microseconds() % other._to_microseconds()
            return timedelta._from_microseconds(r)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _getstate(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() == other._getstate()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() <= other._getstate()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() < other._getstate()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() >= other._getstate()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() > other._getstate()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._getstate())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (self.__class__, self._getstate())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _td_component_name(v, days, seconds, microseconds, milliseconds, minutes,
                       hours, weeks):
    for name, value in (('days', days), ('seconds', seconds),
                        ('microseconds', microseconds),
                        ('milliseconds', milliseconds), ('minutes', minutes),
                        ('hours', hours), ('weeks', weeks)):
        if value is v:
            return name
    return 'days'


def _type_name(obj):
    """The type's name as the C implementation's tp_name shows it."""
    cls = type(obj)
    if cls.__module__ == __name__:
        return 'datetime.' + cls.__name__
    return cls.__name__


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


def _state_bytes(state, kind):
    # The compact pickle state of Python 2 and of protocol 0 arrives as str.
    if isinstance(state, str):
        try:
            return state.encode('latin1')
        except UnicodeEncodeError:
            raise ValueError(
                "Failed to encode latin1 string when unpickling a %s object. "
                "pickle.load(data, encoding='latin1') is assumed." % kind)
    return state


def _check_state_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("bad tzinfo state arg")


class date:
    """date(year, month, day) --> date object"""
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if (month is None and isinstance(year, (bytes, str))
                and len(year) == 4 and 1 <= ord(year[2:3]) <= 12):
            state = _state_bytes(year, 'date')
            self = object.__new__(cls)
            self._year = state[0] * 256 + state[1]
            self._month = state[2]
            self._day = state[3]
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """Construct a date from a POSIX timestamp (like time.time())."""
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Construct a date from time.time()."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal."""
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        try:
            return cls(*_parse_isoformat_date(date_string))
        except Exception:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday."""
        return cls(*_isocalendar_to_ymd(year, week, day))

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self), self._year, self._month,
                                self._day)

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        """Format using strftime()."""
        if not isinstance(fmt, str):
            raise TypeError('strftime() argument 1 must be str, not %s'
                            % type(fmt).__name__)
        return _strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """Return the date formatted according to ISO: YYYY-MM-DD."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        """year (1-9999)"""
        return self._year

    @property
    def month(self):
        """month (1-12)"""
        return self._month

    @property
    def day(self):
        """day (1-31)"""
        return self._day

    def timetuple(self):
        """Return local time tuple compatible with time.localtime()."""
        return _build_struct_time(self._year, self._month, self._day,
                                  0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal; January 1 of year 1 is day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return a new date with new values for the specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmp(self, other):
        y, m, d = self._year, self._month, self._day
        y2, m2, d2 = other._year, other._month, other._day
        return _cmp((y, m, d), (y2, m2, d2))

    def __eq__(self, other):
        if isinstance(other, date):
            return self._cmp(other) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        """Return day of the week, where Monday == 0 ... Sunday == 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return day of the week, where Monday == 1 ... Sunday == 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple (ISO year, ISO week number, ISO weekday)."""
        return _IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return ('datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)'
                % tuple(self))


_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = 'IsoCalendarDate'


def _isocalendar_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid weekday: %d (range is [1, 7])' % day)
    day_offset = (week - 1) * 7 + (day - 1)
    day_1 = _isoweek1monday(year)
    ord_day = day_1 + day_offset
    return _ord2ymd(ord_day)


def _parse_isoformat_date(dtstr):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www, YYYY-Www-D, YYYYWww, YYYYWwwD
    assert len(dtstr) in (7, 8, 10)
    year = int(_digits(dtstr[0:4]))
    has_sep = dtstr[4] == '-'
    pos = 4 + has_sep
    if dtstr[pos:pos + 1] == 'W':
        pos += 1
        weekno = int(_digits(dtstr[pos:pos + 2]))
        pos += 2
        dayno = 1
        if len(dtstr) > pos:
            if (dtstr[pos:pos + 1] == '-') != has_sep:
                raise ValueError('Inconsistent use of dash separator')
            pos += has_sep
            dayno = int(_digits(dtstr[pos:pos + 1]))
            pos += 1
        if pos != len(dtstr):
            raise ValueError('bad length')
        return list(_isocalendar_to_ymd(year, weekno, dayno))
    month = int(_digits(dtstr[pos:pos + 2]))
    pos += 2
    if (dtstr[pos:pos + 1] == '-') != has_sep:
        raise ValueError('Inconsistent use of dash separator')
    pos += has_sep
    day = int(_digits(dtstr[pos:pos + 2]))
    pos += 2
    if pos != len(dtstr):
        raise ValueError('bad length')
    return [year, month, day]


def _digits(s):
    if not s or not all('0' <= c <= '9' for c in s):
        raise ValueError('not digits')
    return s


def _parse_hh_mm_ss_ff(tstr):
    # HH[:?MM[:?SS[{.,}fff[fff]]]]
    len_str = len(tstr)
    time_comps = [0, 0, 0, 0]
    pos = 0
    has_sep = None
    for comp in range(0, 3):
        if len_str - pos < 2:
            raise ValueError('Incomplete time component')
        time_comps[comp] = int(_digits(tstr[pos:pos + 2]))
        pos += 2
        next_char = tstr[pos:pos + 1]
        if comp == 0:
            has_sep = next_char == ':'
        if not next_char or comp >= 2:
            break
        if has_sep and next_char != ':':
            raise ValueError('Invalid time separator: %c' % next_char)
        pos += has_sep
    if pos < len_str:
        if tstr[pos] not in '.,':
            raise ValueError('Invalid microsecond component')
        pos += 1
        len_remainder = len_str - pos
        if len_remainder >= 6:
            to_parse = 6
        else:
            to_parse = len_remainder
        frac = _digits(tstr[pos:pos + to_parse])
        time_comps[3] = int(frac) * 10 ** (6 - to_parse)
        if len_remainder > to_parse:
            _digits(tstr[pos + to_parse:])
    return time_comps


def _parse_isoformat_time(tstr):
    len_str = len(tstr)
    if len_str < 2:
        raise ValueError('Isoformat time too short')
    tz_pos = -1
    for i, c in enumerate(tstr):
        if c in '-+Z':
            tz_pos = i
            break
    timestr = tstr[:tz_pos] if tz_pos >= 0 else tstr
    time_comps = _parse_hh_mm_ss_ff(timestr)
    tzi = None
    if tz_pos == len_str - 1 and tstr[-1] == 'Z':
        tzi = timezone.utc
    elif tz_pos >= 0:
        tzstr = tstr[tz_pos + 1:]
        if len(tzstr) in (0, 1, 3):
            raise ValueError('Malformed time zone string')
        tz_comps = _parse_hh_mm_ss_ff(tzstr)
        if all(x == 0 for x in tz_comps):
            tzi = timezone.utc
        else:
            tzsign = -1 if tstr[tz_pos] == '-' else 1
            td = timedelta(hours=tz_comps[0], minutes=tz_comps[1],
                           seconds=tz_comps[2], microseconds=tz_comps[3])
            tzi = timezone(tzsign * td)
    time_comps.append(tzi)
    return time_comps


def _find_isoformat_datetime_separator(dtstr):
    len_dtstr = len(dtstr)
    if len_dtstr == 7:
        return 7
    date_separator = '-'
    week_indicator = 'W'
    if dtstr[4] == date_separator:
        if dtstr[5] == week_indicator:
            if len_dtstr < 8:
                raise ValueError('Invalid ISO string')
            if len_dtstr > 8 and dtstr[8] == date_separator:
                if len_dtstr == 9:
                    raise ValueError('Invalid ISO string')
                if len_dtstr > 10 and '0' <= dtstr[10] <= '9':
                    return 8
                return 10
            return 8
        return 10
    if dtstr[4] == week_indicator:
        idx = 7
        while idx < len_dtstr:
            if not '0' <= dtstr[idx] <= '9':
                break
            idx += 1
        if idx < 9:
            return idx
        if idx % 2 == 0:
            return 7
        return 8
    return 8


class tzinfo:
    """Abstract base class for time zone info objects."""
    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """datetime -> timedelta, positive for east of UTC, negative for west."""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; '
                                 'cannot convert')
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        getstate = getattr(self, '__getstate__', None)
        if getstate is not None:
            state = getstate()
        else:
            state = getattr(self, '__dict__', None) or None
        return (self.__class__, args, state)


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
                fold=0):
        if (isinstance(hour, (bytes, str)) and len(hour) == 6
                and ord(hour[0:1]) & 0x7F < 24):
            state = _state_bytes(hour, 'time')
            minute = minute or None
            _check_state_tzinfo(minute)
            self = object.__new__(cls)
            self._hour = state[0] & 0x7F
            self._fold = 1 if state[0] > 127 else 0
            self._minute = state[1]
            self._second = state[2]
            self._microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
            self._tzinfo = minute
            self._hashcode = -1
            return self
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        """hour (0-23)"""
        return self._hour

    @property
    def minute(self):
        """minute (0-59)"""
        return self._minute

    @property
    def second(self):
        """second (0-59)"""
        return self._second

    @property
    def microsecond(self):
        """microsecond (0-999999)"""
        return self._microsecond

    @property
    def tzinfo(self):
        """timezone info object"""
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._hour, self._minute, self._second,
                         self._microsecond),
                        (other._hour, other._minute, other._second,
                         other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if not tzoff:
                self._hashcode = hash((t._hour, t._minute, t._second,
                                       t._microsecond))
            else:
                h, m = divmod(timedelta(hours=self.hour, minutes=self.minute)
                              - tzoff, timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self.second,
                                               self.microsecond))
                else:
                    self._hashcode = hash((h, m, self.second, self.microsecond))
        return self._hashcode

    def _tzstr(self):
        off = self.utcoffset()
        return _format_offset(off)

    def __repr__(self):
        if self._microsecond != 0:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second != 0:
            s = ', %d' % self._second
        else:
            s = ''
        s = '%s(%d, %d%s)' % (_type_name(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            assert s[-1:] == ')'
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        if self._fold:
            assert s[-1:] == ')'
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        """Return the time formatted according to ISO."""
        s = _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        tz = self._tzstr()
        if tz:
            s += tz
        return s

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """Construct a time from a string in one of the ISO 8601 formats."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            return cls(*_parse_isoformat_time(s))
        except Exception:
            raise ValueError('Invalid isoformat string: %r' % (time_string,))

    def strftime(self, fmt):
        """Format using strftime()."""
        if not isinstance(fmt, str):
            raise TypeError('strftime() argument 1 must be str, not %s'
                            % type(fmt).__name__)
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second,
                     0, 1, -1)
        return _strftime(self, fmt, timetuple)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        """Return the timezone offset as timedelta, or None."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        """Return the timezone name, or None."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        _check_tzname(name)
        return name

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset, or None."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset('dst', offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return a new time with new values for the specified fields."""
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        h = self._hour
        if self._fold and protocol > 3:
            h += 128
        state = bytes([h, self._minute, self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (self.__class__, (state,))
        return (self.__class__, (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or string, not '%s'"
                        % type(name).__name__)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""
    __slots__ = time.__slots__

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if (isinstance(year, (bytes, str)) and len(year) == 10
                and 1 <= ord(year[2:3]) & 0x7F <= 12):
            state = _state_bytes(year, 'datetime')
            _check_state_tzinfo(month)
            self = object.__new__(cls)
            self._year = state[0] * 256 + state[1]
            self._month = state[2] & 0x7F
            self._fold = 1 if state[2] > 127 else 0
            self._day = state[3]
            self._hour = state[4]
            self._minute = state[5]
            self._second = state[6]
            self._microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
            self._tzinfo = month
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        frac, t = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        converter = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss, weekday, jday, dst = converter(t)
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is None and not utc:
            max_fold_seconds = 24 * 3600
            if t < max_fold_seconds and sys.platform.startswith('win'):
                return result
            y, m, d, hh, mm, ss = converter(t - max_fold_seconds)[:6]
            probe1 = cls(y, m, d, hh, mm, ss, us, tz)
            trans = result - probe1 - timedelta(0, max_fold_seconds)
            if trans.days < 0:
                y, m, d, hh, mm, ss = converter(t + trans // timedelta(0, 1))[:6]
                probe2 = cls(y, m, d, hh, mm, ss, us, tz)
                if probe2 == result:
                    result._fold = 1
        elif tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """Construct a datetime from a POSIX timestamp (like time.time())."""
        _check_tzinfo_arg(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """Construct a datetime from time.time() and optional time zone info."""
        t = _time.time()
        return cls.fromtimestamp(t, tz)

    @classmethod
    def utcnow(cls):
        """Construct a UTC datetime from time.time()."""
        t = _time.time()
        return cls.utcfromtimestamp(t)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """Construct a datetime from a given date and a given time."""
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not %s'
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not %s'
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a datetime from a string in one of the ISO 8601 formats."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        try:
            separator_location = _find_isoformat_datetime_separator(date_string)
            dstr = date_string[0:separator_location]
            tstr = date_string[(separator_location + 1):]
            date_components = _parse_isoformat_date(dstr)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r'
                             % (date_string,)) from None
        if separator_location < len(date_string) and not tstr:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        if tstr:
            try:
                time_components = _parse_isoformat_time(tstr)
            except ValueError:
                raise ValueError('Invalid isoformat string: %r'
                                 % (date_string,)) from None
        else:
            time_components = [0, 0, 0, 0, None]
        return cls(*(date_components + time_components))

    def timetuple(self):
        """Return local time tuple compatible with time.localtime()."""
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _build_struct_time(self.year, self.month, self.day, self.hour,
                                  self.minute, self.second, dst)

    def _mktime(self):
        """Return integer POSIX timestamp of a naive local datetime."""
        epoch = datetime(1970, 1, 1)
        max_fold_seconds = 24 * 3600
        t = (self - epoch) // timedelta(0, 1)

        def local(u):
            y, m, d, hh, mm, ss = _time.localtime(u)[:6]
            return (datetime(y, m, d, hh, mm, ss) - epoch) // timedelta(0, 1)
        a = local(t) - t
        u1 = t - a
        t1 = local(u1)
        if t1 == t:
            u2 = u1 + (-max_fold_seconds, max_fold_seconds)[self.fold]
            b = local(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
            assert a != b
        u2 = t - b
        t2 = local(u2)
        if t2 == t:
            return u2
        if t1 == t:
            return u1
        return (max, min)[self.fold](u1, u2)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            s = self._mktime()
            return s + self.microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """Return UTC time tuple compatible with time.gmtime()."""
        offset = self.utcoffset()
        if offset:
            self -= offset
        y, m, d = self.year, self.month, self.day
        hh, mm, ss = self.hour, self.minute, self.second
        return _build_struct_time(y, m, d, hh, mm, ss, 0)

    def date(self):
        """Return the date part."""
        return date(self._year, self._month, self._day)

    def time(self):
        """Return the time part, with tzinfo None."""
        return time(self.hour, self.minute, self.second, self.microsecond,
                    fold=self.fold)

    def timetz(self):
        """Return the time part, with same tzinfo."""
        return time(self.hour, self.minute, self.second, self.microsecond,
                    self._tzinfo, fold=self.fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return a new datetime with new values for the specified fields."""
        if year is None:
            year = self.year
        if month is None:
            month = self.month
        if day is None:
            day = self.day
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self.fold
        return type(self)(year, month, day, hour, minute, second, microsecond,
                          tzinfo, fold=fold)

    def _local_timezone(self):
        if self.tzinfo is None:
            ts = self._mktime()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        localtm = _time.localtime(ts)
        local = datetime(*localtm[:6])
        gmtoff = getattr(localtm, 'tm_gmtoff', None)
        zone = getattr(localtm, 'tm_zone', None)
        if gmtoff is None:
            gmtoff = (local - datetime(*_time.gmtime(ts)[:6])).total_seconds()
        return timezone(timedelta(seconds=gmtoff), zone) if zone else \
            timezone(timedelta(seconds=gmtoff))

    def astimezone(self, tz=None):
        """Convert to local time in new timezone tz."""
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo "
                            "subclass, not type '%s'" % type(tz).__name__)
        mytz = self.tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """Return the time formatted according to ISO."""
        s = ('%04d-%02d-%02d%c' % (self._year, self._month, self._day, sep)
             + _format_time(self._hour, self._minute, self._second,
                            self._microsecond, timespec))
        off = self.utcoffset()
        tz = _format_offset(off)
        if tz:
            s += tz
        return s

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute,
             self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = '%s(%s)' % (_type_name(self), ', '.join(map(str, L)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string."""
        return _strptime_datetime(cls, date_string, format)

    def utcoffset(self):
        """Return the timezone offset as timedelta positive east of UTC."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        """Return the timezone name."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        _check_tzname(name)
        return name

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset('dst', offset)
        return offset

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if not isinstance(other, date):
            return NotImplemented
        return False

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) <= 0
        if not isinstance(other, date):
            return NotImplemented
        _cmperror(self, other)

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) < 0
        if not isinstance(other, date):
            return NotImplemented
        _cmperror(self, other)

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) >= 0
        if not isinstance(other, date):
            return NotImplemented
        _cmperror(self, other)

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) > 0
        if not isinstance(other, date):
            return NotImplemented
        _cmperror(self, other)

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if allow_mixed:
                if myoff != self.replace(fold=not self.fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other.fold).utcoffset():
                    return 2
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond),
                        (other._year, other._month, other._day, other._hour,
                         other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware "
                            "datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return diff and 1 or 0

    def __add__(self, other):
        """Add a datetime and a timedelta."""
        if not isinstance(other, timedelta):
            return NotImplemented
        delta = timedelta(self.toordinal(), hours=self._hour,
                          minutes=self._minute, seconds=self._second,
                          microseconds=self._microsecond)
        delta += other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if 0 < delta.days <= _MAXORDINAL:
            return type(self).combine(date.fromordinal(delta.days),
                                      time(hour, minute, second,
                                           delta.microseconds,
                                           tzinfo=self._tzinfo))
        raise OverflowError('date value out of range')

    __radd__ = __add__

    def __sub__(self, other):
        """Subtract two datetimes, or a datetime and a timedelta."""
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2,
                         self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware "
                            "datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self.fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash((t._year, t._month, t._day, t._hour,
                                       t._minute, t._second, t._microsecond))
            else:
                days = _ymd2ord(self.year, self.month, self.day)
                seconds = self.hour * 3600 + self.minute * 60 + self.second
                self._hashcode = hash(timedelta(days, seconds,
                                                self.microsecond) - tzoff)
        return self._hashcode

    def __reduce_ex__(self, protocol):
        yhi, ylo = divmod(self._year, 256)
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        m = self._month
        if self._fold and protocol > 3:
            m += 128
        state = bytes([yhi, ylo, m, self._day, self._hour, self._minute,
                       self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (self.__class__, (state,))
        return (self.__class__, (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""
    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, '
                            'not %s' % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), '
                             'not %r.' % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_type_name(self), self._offset)
        return '%s(%r, %r)' % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError('utcoffset() argument must be a datetime instance'
                        ' or None')

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError('tzname() argument must be a datetime instance'
                        ' or None')

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError('dst() argument must be a datetime instance'
                        ' or None')

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc() argument must be a datetime instance'
                        ' or None')

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        if delta < timedelta(0):
            sign = '-'
            delta = -delta
        else:
            sign = '+'
        hours, rest = divmod(delta, timedelta(hours=1))
        minutes, rest = divmod(rest, timedelta(minutes=1))
        seconds = rest.seconds
        microseconds = rest.microseconds
        if microseconds:
            return 'UTC%s%02d:%02d:%02d.%06d' % (sign, hours, minutes, seconds,
                                                 microseconds)
        if seconds:
            return 'UTC%s%02d:%02d:%02d' % (sign, hours, minutes, seconds)
        return 'UTC%s%02d:%02d' % (sign, hours, minutes)


UTC = timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


# strptime: a small hand-written parser for the common directives.

def _strptime_datetime(cls, data_string, format):
    fields, tz = _strptime(data_string, format)
    args = fields[:6] + [fields[6]]
    if tz is not None:
        args.append(tz)
    return cls(*args)


def _strptime(data_string, format):
    if not isinstance(data_string, str):
        raise TypeError('strptime() argument 1 must be str, not %s'
                        % type(data_string).__name__)
    if not isinstance(format, str):
        raise TypeError('strptime() argument 2 must be str, not %s'
                        % type(format).__name__)
    found = {}
    pos = _strptime_match(data_string, format, found)
    if pos is None:
        raise ValueError('time data %r does not match format %r'
                         % (data_string, format))
    if pos != len(data_string):
        raise ValueError('unconverted data remains: %s' % data_string[pos:])
    return _strptime_fields(found)


def _strptime_fields(found):
    year = found.get('Y')
    if year is None:
        y = found.get('y')
        year = 1900 if y is None else (y + 2000 if y < 69 else y + 1900)
    month = found.get('m', found.get('b', 1))
    day = found.get('d', 1)
    hour = found.get('H', 0)
    if 'I' in found:
        hour = found['I'] % 12
        if found.get('p') == 'pm':
            hour += 12
    minute = found.get('M', 0)
    second = found.get('S', 0)
    fraction = found.get('f', 0)
    if 'j' in found and 'm' not in found and 'd' not in found \
            and 'b' not in found:
        d = date.fromordinal(date(year, 1, 1).toordinal() + found['j'] - 1)
        month, day = d.month, d.day
    if 'G' in found and 'V' in found:
        wd = found.get('u', 1)
        y, month, day = _isocalendar_to_ymd(found['G'], found['V'], wd)
        year = y
    elif ('U' in found or 'W' in found) and ('a' in found or 'w' in found
                                             or 'u' in found):
        weekday = found.get('a', None)
        if weekday is None:
            weekday = (found['w'] - 1) % 7 if 'w' in found else found['u'] - 1
        week_starts_mon = 'W' in found
        week = found['W'] if week_starts_mon else found['U']
        first = date(year, 1, 1).weekday()
        if not week_starts_mon:
            first = (first + 1) % 7
            weekday = (weekday + 1) % 7
        week0 = 7 - first if first else 0
        if week == 0:
            jday = 1 + weekday - first
        else:
            jday = week0 + 7 * (week - 1) + 1 + weekday
        d = date.fromordinal(date(year, 1, 1).toordinal() + jday - 1)
        year, month, day = d.year, d.month, d.day
    if 'd' not in found and day == 1 and month == 2 and year == 1900 \
            and False:
        pass
    if month == 2 and day == 29 and 'Y' not in found and 'y' not in found:
        year = 1904
    tz = None
    if 'z' in found:
        off = found['z']
        tz = timezone(off, found['Z']) if 'Z' in found else timezone(off)
    return [year, month, day, hour, minute, second, fraction], tz


_STRPTIME_NUM = {'d': (1, 2), 'm': (1, 2), 'y': (2, 2), 'Y': (4, 4),
                 'H': (1, 2), 'I': (1, 2), 'M': (1, 2), 'S': (1, 2),
                 'f': (1, 6), 'j': (1, 3), 'U': (1, 2), 'W': (1, 2),
                 'w': (1, 1), 'u': (1, 1), 'G': (4, 4), 'V': (1, 2)}
_STRPTIME_RANGE = {'d': (1, 31), 'm': (1, 12), 'H': (0, 23), 'I': (1, 12),
                   'M': (0, 59), 'S': (0, 61), 'j': (1, 366), 'U': (0, 53),
                   'W': (0, 53), 'w': (0, 6), 'u': (1, 7), 'V': (1, 53)}


def _strptime_match(s, fmt, found):
    """Match s against fmt, filling found; return the end position or None."""
    pos = 0
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '%' and i + 1 < n:
            code = fmt[i + 1]
            i += 2
            expanded = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y',
                        'X': '%H:%M:%S', 'D': '%m/%d/%y', 'F': '%Y-%m-%d',
                        'T': '%H:%M:%S', 'R': '%H:%M', 'r': '%I:%M:%S %p'}
            if code in expanded:
                end = _strptime_match(s[pos:], expanded[code], found)
                if end is None:
                    return None
                pos += end
                continue
            pos = _strptime_directive(s, pos, code, found)
            if pos is None:
                return None
        elif ch == '%':
            raise ValueError("stray %% in format %r" % fmt)
        elif ch.isspace():
            i += 1
            while pos < len(s) and s[pos].isspace():
                pos += 1
        else:
            i += 1
            if pos < len(s) and s[pos].lower() == ch.lower():
                pos += 1
            else:
                return None
    return pos


def _strptime_directive(s, pos, code, found):
    if code in _STRPTIME_NUM:
        lo, hi = _STRPTIME_NUM[code]
        end = pos
        while end < len(s) and end - pos < hi and '0' <= s[end] <= '9':
            end += 1
        if end - pos < lo:
            return None
        value = int(s[pos:end])
        if code == 'f':
            value *= 10 ** (6 - (end - pos))
        rng = _STRPTIME_RANGE.get(code)
        if rng and not rng[0] <= value <= rng[1]:
            return None
        found[code] = value
        return end
    if code in 'aA':
        return _strptime_name(s, pos, _FULLDAYNAMES[1:] + _DAYNAMES[1:],
                              found, 'a', 7)
    if code in 'bBh':
        names = _FULLMONTHNAMES[1:] + _MONTHNAMES[1:]
        end = _strptime_name(s, pos, names, found, 'b', 12)
        if end is not None:
            found['b'] += 1
        return end
    if code == 'p':
        word = s[pos:pos + 2].lower()
        if word in ('am', 'pm'):
            found['p'] = word
            return pos + 2
        return None
    if code == 'z':
        return _strptime_offset(s, pos, found)
    if code == 'Z':
        for name in ('UTC', 'GMT'):
            if s[pos:pos + len(name)].upper() == name:
                found['Z'] = s[pos:pos + len(name)]
                return pos + len(name)
        return None
    if code == '%':
        if s[pos:pos + 1] == '%':
            return pos + 1
        return None
    if code == 'n' or code == 't':
        while pos < len(s) and s[pos].isspace():
            pos += 1
        return pos
    raise ValueError("'%s' is a bad directive in format '%%%s'" % (code, code))


def _strptime_name(s, pos, names, found, key, modulo):
    best = None
    for index, name in enumerate(names):
        if s[pos:pos + len(name)].lower() == name.lower():
            if best is None or len(name) > len(names[best]):
                best = index
    if best is None:
        return None
    found[key] = best % modulo
    return pos + len(names[best])


def _strptime_offset(s, pos, found):
    if s[pos:pos + 1] == 'Z':
        found['z'] = timedelta(0)
        return pos + 1
    sign = s[pos:pos + 1]
    if sign not in ('+', '-'):
        return None
    end = pos + 1
    while end < len(s) and (s[end].isdigit() or s[end] in ':.'):
        end += 1
    text = s[pos + 1:end]
    if ':' in text:
        parts = text.split(':')
    else:
        parts = [text[0:2], text[2:4]]
        if len(text) > 4:
            parts.append(text[4:])
    if len(parts[0]) != 2 or len(parts[1]) != 2:
        return None
    seconds = 0
    micro = 0
    if len(parts) > 2:
        sec = parts[2]
        if '.' in sec:
            sec, frac = sec.split('.', 1)
            micro = int(frac.ljust(6, '0')[:6])
        seconds = int(sec)
    try:
        off = timedelta(hours=int(parts[0]), minutes=int(parts[1]),
                        seconds=seconds, microseconds=micro)
    except ValueError:
        return None
    found['z'] = -off if sign == '-' else off
    return end
