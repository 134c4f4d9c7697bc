"""Decimal fixed and floating point arithmetic (a working subset of CPython's).

Numbers are (sign, coefficient, exponent) with the value
(-1)**sign * coefficient * 10**exponent; results are rounded to the context
precision (28 digits, ROUND_HALF_EVEN by default)."""
import math as _math
import numbers as _numbers
from collections import namedtuple as _namedtuple

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext',
           'BasicContext', 'ExtendedContext', 'DecimalException', 'Clamped',
           'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
           'Subnormal', 'Overflow', 'Underflow', 'FloatOperation',
           'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
           'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
           'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
           'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
           'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY']

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent',
                           module='decimal')


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow,
            InvalidOperation, Subnormal, FloatOperation]
_REPR_ORDER = [InvalidOperation, Clamped, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow]


class Context:
    """Precision, rounding and the signals' flags and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_default_ready' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else \
            (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        if traps is None:
            traps = dc.traps.copy() if dc else \
                {s: s in (InvalidOperation, DivisionByZero, Overflow)
                 for s in _SIGNALS}
        elif not isinstance(traps, dict):
            traps = {s: s in traps for s in _SIGNALS}
        self.traps = traps
        if flags is None:
            flags = {s: False for s in _SIGNALS}
        elif not isinstance(flags, dict):
            flags = {s: s in flags for s in _SIGNALS}
        self.flags = flags

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, '
                                'ROUND_DOWN,\n   ROUND_HALF_UP, '
                                'ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _REPR_ORDER if self.flags.get(s)]
        traps = [s.__name__ for s in _REPR_ORDER if self.traps.get(s)]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax,
                   self.capitals, self.clamp, ', '.join(flags),
                   ', '.join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp, self.flags.copy(),
                       self.traps.copy())

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def _raise(self, condition, explanation, result=None):
        """Record condition; raise it if trapped, else return result."""
        for s in _SIGNALS:
            if issubclass(condition, s):
                self.flags[s] = True
        for s in _SIGNALS:
            if issubclass(condition, s) and self.traps.get(s):
                raise s([condition])
        return result

    def create_decimal(self, num='0'):
        d = Decimal(num)
        return d._fix(self)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def plus(self, a):
        return Decimal(a)._fix(self)

    def add(self, a, b):
        return Decimal(a).__add__(b, self)

    def subtract(self, a, b):
        return Decimal(a).__sub__(b, self)

    def multiply(self, a, b):
        return Decimal(a).__mul__(b, self)

    def divide(self, a, b):
        return Decimal(a).__truediv__(b, self)

    def sqrt(self, a):
        return Decimal(a).sqrt(self)

    def quantize(self, a, b):
        return Decimal(a).quantize(b, context=self)


_current = None


def getcontext():
    """The current context (made from DefaultContext on first use)."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    """Make context the current context."""
    global _current
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager for a copy of ctx (or the current context)."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals',
                       'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this "
                            "function" % key)
        setattr(manager.new_context, key, value)
    return manager


def _parse(text):
    """str -> (sign, coefficient digits str, exponent, special) or None."""
    s = text.strip()
    if '_' in s:
        if s.startswith('_') or s.endswith('_') or '__' in s:
            return None
        s = s.replace('_', '')
    if not s:
        return None
    sign = 0
    if s[:1] in '+-' and s:
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, '0', 0, 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload and not payload.isdigit():
                return None
            return sign, str(int(payload)) if payload else '', 0, kind
    mant, exp = s, 0
    epos = max(low.find('e'), -1)
    if epos >= 0:
        mant, exp_text = s[:epos], s[epos + 1:]
        t = exp_text[1:] if exp_text[:1] in '+-' else exp_text
        if not t or not t.isdigit() or not t.isascii():
            return None
        exp = int(exp_text)
    whole, dot, frac = mant.partition('.')
    if not whole and not frac:
        return None
    for part in (whole, frac):
        if part and (not part.isdigit()):
            return None
    digits = (whole + frac).lstrip('0') or '0'
    digits = str(int(whole + frac)) if (whole + frac) else '0'
    return sign, digits, exp - len(frac), None


class Decimal:
    """Floating point class for decimal arithmetic."""
    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        self._special = None
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = context or getcontext()
                ctx._raise(ConversionSyntax, 'Invalid literal for Decimal')
                self._sign, self._int, self._exp, self._special = 0, '', 0, 'n'
                return self
            self._sign, self._int, self._exp, self._special = parsed
            return self
        if isinstance(value, bool) or isinstance(value, int):
            value = int(value)
            self._sign = 1 if value < 0 else 0
            self._int = str(abs(value))
            self._exp = 0
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = (
                value._sign, value._int, value._exp, value._special)
            return self
        if isinstance(value, float):
            (context or getcontext())._raise(FloatOperation, 'float')
            return cls._from_float_into(self, value)
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('Invalid sign.  The first value in the tuple '
                                 'should be an integer; either 0 for a '
                                 'positive number or 1 for a negative number.')
            self._sign = sign
            if exp in ('F', 'n', 'N'):
                self._int = ''.join(map(str, digits)) if exp != 'F' else '0'
                self._exp = 0
                self._special = exp
                return self
            self._int = str(int(''.join(map(str, digits)) or '0'))
            self._exp = exp
            return self
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(value).__name__)

    @staticmethod
    def _from_float_into(self, f):
        if f != f:
            self._sign, self._int, self._exp, self._special = 0, '', 0, 'n'
            return self
        sign = 0 if _math.copysign(1.0, f) > 0 else 1
        if f in (float('inf'), float('-inf')):
            self._sign, self._int, self._exp, self._special = sign, '0', 0, 'F'
            return self
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        coeff = n * 5 ** k
        self._sign, self._int, self._exp = sign, str(coeff), -k
        return self

    @classmethod
    def from_float(cls, f):
        """Convert a float or int to a Decimal, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float.')
        return cls(f)

    @classmethod
    def _make(cls, sign, coeff, exp, special=None):
        self = object.__new__(cls if cls is Decimal else Decimal)
        self._sign = sign
        self._int = str(coeff) if not isinstance(coeff, str) else coeff
        self._exp = exp
        self._special = special
        return self

    # -- predicates and conversions --

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_snan(self):
        return self._special == 'N'

    def is_qnan(self):
        return self._special == 'n'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._int == '0'

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        return self.is_finite() and not self.is_zero()

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._special:
            return 0
        return self._exp + len(self._int) - 1

    def as_tuple(self):
        exp = self._special if self._special else self._exp
        digits = tuple(int(c) for c in self._int) if self._int else ()
        if self._special == 'F':
            digits = (0,)
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._special:
            raise ValueError('cannot convert NaN to integer ratio')
        n = int(self._int)
        if self._exp >= 0:
            n, d = n * 10 ** self._exp, 1
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    def _value(self):
        from fractions import Fraction
        n, d = self.as_integer_ratio()
        return Fraction(n, d)

    def __int__(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        if self._special:
            raise ValueError('cannot convert NaN to integer')
        n = int(self._int)
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            n //= 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self.is_nan():
            if self.is_snan():
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan' if self._sign else 'nan')
        if self._special == 'F':
            return float('-inf' if self._sign else 'inf')
        return float(str(self))

    def __bool__(self):
        return self._special is not None or self._int != '0'

    def __floor__(self):
        return _math.floor(self._value()) if not self._special else \
            int(self)

    def __ceil__(self):
        return _math.ceil(self._value()) if not self._special else int(self)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            exp = Decimal._make(0, 1, -n)
            return self.quantize(exp)
        if self._special:
            if self.is_nan():
                raise ValueError('cannot round a NaN')
            raise OverflowError('cannot round an infinity')
        return int(self._rescale(0, ROUND_HALF_EVEN))

    # -- text --

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special == 'n':
            return sign + 'NaN' + self._int
        if self._special == 'N':
            return sign + 'sNaN' + self._int
        leftdigits = self._exp + len(self._int)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == '0':
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + self._int
        elif dotplace >= len(self._int):
            intpart = self._int + '0' * (dotplace - len(self._int))
            fracpart = ''
        else:
            intpart = self._int[:dotplace]
            fracpart = '.' + self._int[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            capitals = (context or getcontext()).capitals
            exp = ['e', 'E'][capitals] + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, spec):
        if not spec:
            return str(self)
        kind = spec[-1]
        if kind not in 'fF%' or not self.is_finite():
            return format(float(self), spec)
        body = spec[:-1]
        prec = None
        if '.' in body:
            body, _, p = body.rpartition('.')
            prec = int(p)
        value = self * 100 if kind == '%' else self
        if prec is not None:
            value = value._rescale(-prec, ROUND_HALF_EVEN)
        sign = '-' if value._sign else ''
        if body[-1:] == '+' or body[-2:-1] == '+':
            sign = sign or '+'
            body = body.replace('+', '', 1)
        text = sign + value.copy_abs()._plain() + ('%' if kind == '%' else '')
        if body and body[0].isdigit() and body[0] != '0':
            body = '>' + body
        return format(text, body)

    def _plain(self):
        """Fixed-point text without exponent."""
        if self._exp >= 0:
            return self._int + '0' * self._exp if self._int != '0' else '0'
        digits = self._int.rjust(-self._exp + 1, '0')
        return digits[:self._exp] + '.' + digits[self._exp:]

    # -- rounding --

    def _rescale(self, exp, rounding):
        """Round to exponent exp exactly (the digit count may shrink)."""
        if self._special:
            return Decimal(self)
        if self._exp >= exp:
            coeff = int(self._int) * 10 ** (self._exp - exp)
            return Decimal._make(self._sign, coeff, exp)
        shift = exp - self._exp
        coeff = int(self._int)
        q, r = divmod(coeff, 10 ** shift)
        q = _round_digit(self._sign, q, r, 10 ** shift, rounding)
        return Decimal._make(self._sign, q, exp)

    def _fix(self, context):
        """Round to the context precision, signalling Inexact and Rounded."""
        if self._special:
            return self
        prec = context.prec
        n = len(self._int)
        if n <= prec:
            return self
        shift = n - prec
        coeff = int(self._int)
        q, r = divmod(coeff, 10 ** shift)
        q = _round_digit(self._sign, q, r, 10 ** shift, context.rounding)
        exp = self._exp + shift
        if len(str(q)) > prec:
            q //= 10
            exp += 1
        result = Decimal._make(self._sign, q, exp)
        if r:
            context._raise(Inexact, None)
        context._raise(Rounded, None)
        return result

    # -- arithmetic --

    def _convert_other(self, other, allow_float=False):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if allow_float and isinstance(other, float):
            return Decimal(other)
        return NotImplemented

    def _check_nans(self, other, context):
        for x in (self, other):
            if x is not None and x.is_snan():
                return context._raise(InvalidOperation, 'sNaN',
                                      Decimal._make(x._sign, x._int, 0, 'n'))
        for x in (self, other):
            if x is not None and x.is_qnan():
                return x
        return None

    def __add__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F' and \
                    self._sign != other._sign:
                return context._raise(InvalidOperation, '-INF + INF',
                                      Decimal('NaN'))
            return Decimal(self if self._special == 'F' else other)
        exp = min(self._exp, other._exp)
        a = int(self._int) * 10 ** (self._exp - exp)
        b = int(other._int) * 10 ** (other._exp - exp)
        total = (-a if self._sign else a) + (-b if other._sign else b)
        if total == 0:
            sign = 1 if (self._sign and other._sign) or \
                (context.rounding == ROUND_FLOOR and
                 (self._sign or other._sign)) else 0
            return Decimal._make(sign, 0, exp)._fix(context)
        return Decimal._make(1 if total < 0 else 0, abs(total),
                             exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self.is_zero() or other.is_zero():
                return context._raise(InvalidOperation, '0 * INF',
                                      Decimal('NaN'))
            return Decimal._make(sign, '0', 0, 'F')
        return Decimal._make(sign, int(self._int) * int(other._int),
                             self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F':
            if other._special == 'F':
                return context._raise(InvalidOperation, '(+-)INF/(+-)INF',
                                      Decimal('NaN'))
            return Decimal._make(sign, '0', 0, 'F')
        if other._special == 'F':
            return Decimal._make(sign, 0, context.Etiny())
        if other.is_zero():
            if self.is_zero():
                return context._raise(DivisionUndefined, '0 / 0',
                                      Decimal('NaN'))
            return context._raise(DivisionByZero, 'x / 0',
                                  Decimal._make(sign, '0', 0, 'F'))
        ideal = self._exp - other._exp
        if self.is_zero():
            return Decimal._make(sign, 0, ideal)
        c1, c2 = int(self._int), int(other._int)
        shift = len(other._int) - len(self._int) + context.prec + 1
        exp = self._exp - other._exp - shift
        if shift >= 0:
            q, r = divmod(c1 * 10 ** shift, c2)
        else:
            q, r = divmod(c1, c2 * 10 ** -shift)
        if r:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return Decimal._make(sign, q, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divide_integer(self, other, context):
        """(integer quotient truncated toward zero, remainder)."""
        if other.is_zero():
            if self.is_zero():
                context._raise(DivisionUndefined, '0 // 0')
                return Decimal('NaN'), Decimal('NaN')
            context._raise(DivisionByZero, 'x // 0')
            return (Decimal._make(self._sign ^ other._sign, '0', 0, 'F'),
                    context._raise(InvalidOperation, 'x % 0', Decimal('NaN')))
        exp = min(self._exp, other._exp)
        a = int(self._int) * 10 ** (self._exp - exp)
        b = int(other._int) * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if len(str(q)) > context.prec:
            context._raise(DivisionImpossible, 'quotient too large')
            return Decimal('NaN'), Decimal('NaN')
        quotient = Decimal._make(self._sign ^ other._sign, q, 0)
        remainder = Decimal._make(self._sign, r, exp)._fix(context)
        return quotient, remainder

    def __floordiv__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        return self._divide_integer(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        return self._divide_integer(other, context)[1]

    def __rmod__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        return self._divide_integer(other, context)

    def __rdivmod__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def __pow__(self, other, modulo=None, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if modulo is not None:
            modulo = self._convert_other(modulo)
            return Decimal(pow(int(self), int(other), int(modulo)))
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if other._special or self._special:
            return Decimal(float(self) ** float(other))._fix(context)
        if other._exp >= 0 or other == other.to_integral_value():
            n = int(other)
            if self.is_zero() and n < 0:
                return context._raise(DivisionByZero, '0 ** -n',
                                      Decimal._make(self._sign & n, '0', 0,
                                                    'F'))
            if n == 0:
                if self.is_zero():
                    return context._raise(InvalidOperation, '0 ** 0',
                                          Decimal('NaN'))
                return Decimal(1)
            work = context.copy()
            work.prec = context.prec + len(str(abs(n))) + 2
            work.traps = {s: False for s in _SIGNALS}
            result = Decimal._make(self._sign if n % 2 else 0,
                                   int(self._int) ** abs(n),
                                   self._exp * abs(n))
            if n < 0:
                result = Decimal(1).__truediv__(result._fix(work), work)
                return result._fix(context)
            return result._fix(context)
        if self._sign:
            return context._raise(InvalidOperation, 'x ** (non-integer)',
                                  Decimal('NaN'))
        value = float(self) ** float(other)
        return Decimal(repr(value))._fix(context)

    def __rpow__(self, other, context=None):
        other = self._convert_other(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def __neg__(self, context=None):
        context = context or getcontext()
        if self._special:
            return self.copy_negate()
        if self.is_zero():
            return Decimal._make(0, self._int, self._exp)._fix(context)
        return self.copy_negate()._fix(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self._special:
            return Decimal(self)
        if self.is_zero():
            return Decimal._make(0, self._int, self._exp)
        return Decimal(self)._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        context = context or getcontext()
        if self._special:
            return self.copy_abs()
        return self.copy_abs()._fix(context)

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp,
                             self._special)

    def copy_sign(self, other, context=None):
        other = self._convert_other(other)
        return Decimal._make(other._sign, self._int, self._exp, self._special)

    # -- comparison --

    def _compare_key(self, other):
        if self.is_nan() or other.is_nan():
            return None
        if self._special == 'F' or other._special == 'F':
            a = (-1 if self._sign else 1) * (2 if self._special == 'F' else 0)
            b = (-1 if other._sign else 1) * (2 if other._special == 'F' else 0)
            if self._special != 'F':
                a = 0 if not self else (1 if not self._sign else -1)
            if other._special != 'F':
                b = 0 if not other else (1 if not other._sign else -1)
            return (a > b) - (a < b)
        a, b = self._value(), other._value()
        return (a > b) - (a < b)

    def _cmp_other(self, other):
        if isinstance(other, float):
            getcontext()._raise(FloatOperation, 'comparison with float')
            fresh = object.__new__(Decimal)
            fresh._special = None
            return Decimal._from_float_into(fresh, other)
        if isinstance(other, _numbers.Rational) and not isinstance(other, int):
            return other
        return self._convert_other(other)

    def _rich(self, other, op, equality=False):
        o = self._cmp_other(other)
        if o is NotImplemented:
            return NotImplemented
        if not isinstance(o, Decimal):
            if self._special:
                return op(float(self), float(o)) if not self.is_nan() else \
                    (op is _ne)
            return op(self._value(), o)
        if self.is_nan() or o.is_nan():
            if equality:
                return op is _ne
            if self.is_snan() or o.is_snan() or True:
                getcontext()._raise(InvalidOperation,
                                    'comparison involving NaN')
            return False
        return op(self._compare_key(o), 0)

    def __eq__(self, other):
        return self._rich(other, _eq, True)

    def __ne__(self, other):
        r = self._rich(other, _ne, True)
        return r

    def __lt__(self, other):
        return self._rich(other, _lt)

    def __le__(self, other):
        return self._rich(other, _le)

    def __gt__(self, other):
        return self._rich(other, _gt)

    def __ge__(self, other):
        return self._rich(other, _ge)

    def compare(self, other, context=None):
        other = self._convert_other(other, True)
        if self.is_nan() or other.is_nan():
            return Decimal('NaN')
        return Decimal(self._compare_key(other))

    def __hash__(self):
        if self._special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value.')
            if self.is_nan():
                return object.__hash__(self)
            return hash(float(self))
        if self._exp >= 0:
            return hash(int(self))
        return hash(self._value())

    def max(self, other, context=None):
        other = self._convert_other(other)
        return self if self._compare_key(other) >= 0 else other

    def min(self, other, context=None):
        other = self._convert_other(other)
        return self if self._compare_key(other) <= 0 else other

    # -- rounding operations --

    def quantize(self, exp, rounding=None, context=None):
        """Round to the exponent of exp."""
        exp = self._convert_other(exp, True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        if self._special or exp._special:
            if self._special == 'F' and exp._special == 'F':
                return Decimal(self)
            if self.is_nan() or exp.is_nan():
                return self._check_nans(exp, context)
            return context._raise(InvalidOperation, 'quantize with one INF',
                                  Decimal('NaN'))
        result = self._rescale(exp._exp, rounding)
        if len(result._int) > context.prec:
            return context._raise(InvalidOperation,
                                  'quantize result has too many digits',
                                  Decimal('NaN'))
        if result != self:
            context._raise(Inexact, None)
        if result._exp > self._exp:
            context._raise(Rounded, None)
        return result

    def to_integral_value(self, rounding=None, context=None):
        """Round to an integer (exponent 0 at most)."""
        if self._special or self._exp >= 0:
            return Decimal(self)
        context = context or getcontext()
        return self._rescale(0, rounding or context.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        context = context or getcontext()
        result = self.to_integral_value(rounding, context)
        if result != self:
            context._raise(Inexact, None)
        return result

    def normalize(self, context=None):
        """Strip trailing zeros after rounding to the context precision."""
        context = context or getcontext()
        if self._special:
            return Decimal(self)
        d = self._fix(context)
        if d.is_zero():
            return Decimal._make(d._sign, 0, 0)
        coeff = d._int.rstrip('0')
        exp = d._exp + len(d._int) - len(coeff)
        return Decimal._make(d._sign, coeff, exp)

    def sqrt(self, context=None):
        """Square root, correctly rounded to the context precision."""
        context = context or getcontext()
        if self._special:
            nan = self._check_nans(None, context)
            if nan is not None:
                return nan
            if self._sign:
                return context._raise(InvalidOperation, 'sqrt(-INF)',
                                      Decimal('NaN'))
            return Decimal(self)
        if self.is_zero():
            return Decimal._make(self._sign, 0, self._exp // 2)
        if self._sign:
            return context._raise(InvalidOperation, 'sqrt(-x), x > 0',
                                  Decimal('NaN'))
        prec = context.prec + 1
        coeff = int(self._int)
        exp = self._exp
        if exp & 1:
            coeff *= 10
            exp -= 1
        length = len(str(coeff))
        shift = prec - (length + 1) // 2
        if shift >= 0:
            coeff *= 100 ** shift
        else:
            coeff //= 100 ** -shift
        root = _math.isqrt(coeff)
        exact = root * root == coeff and shift >= 0 or \
            (root * root == coeff and shift < 0 and False)
        if root * root != coeff:
            if root % 5 == 0:
                root += 1
            exact = False
        rexp = exp // 2 - shift
        result = Decimal._make(0, root, rexp)
        ideal = self._exp // 2
        if exact:
            while result._exp < ideal and result._int[-1:] == '0' and \
                    len(result._int) > 1:
                result = Decimal._make(0, result._int[:-1], result._exp + 1)
        work = context.copy()
        work.rounding = ROUND_HALF_EVEN
        result = result._fix(work)
        return result

    def exp(self, context=None):
        context = context or getcontext()
        return Decimal(repr(_math.exp(float(self))))._fix(context)

    def ln(self, context=None):
        context = context or getcontext()
        return Decimal(repr(_math.log(float(self))))._fix(context)

    def log10(self, context=None):
        context = context or getcontext()
        return Decimal(repr(_math.log10(float(self))))._fix(context)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self


def _eq(a, b):
    return a == b


def _ne(a, b):
    return a != b


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


def _round_digit(sign, q, r, unit, rounding):
    """Apply rounding to quotient q given remainder r out of unit."""
    if r == 0:
        return q
    half = r * 2
    if rounding == ROUND_DOWN:
        return q
    if rounding == ROUND_UP:
        return q + 1
    if rounding == ROUND_CEILING:
        return q if sign else q + 1
    if rounding == ROUND_FLOOR:
        return q + 1 if sign else q
    if rounding == ROUND_HALF_UP:
        return q + 1 if half >= unit else q
    if rounding == ROUND_HALF_DOWN:
        return q + 1 if half > unit else q
    if rounding == ROUND_HALF_EVEN:
        if half > unit or (half == unit and q % 2 == 1):
            return q + 1
        return q
    if rounding == ROUND_05UP:
        return q + 1 if q % 10 in (0, 5) else q
    raise ValueError('bad rounding %r' % (rounding,))


_numbers.Number.register(Decimal)

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999, Emin=-999999, capitals=1,
                         clamp=0)
_default_ready = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[],
                          flags=[])
