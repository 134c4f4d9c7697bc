"""Decimal fixed and floating point arithmetic, after the General Decimal
Arithmetic Specification, as CPython's decimal module.

A finite number is (sign, coefficient, exponent) with the value
(-1)**sign * coefficient * 10**exponent. Every operation is computed exactly
(or, for exp, ln, log10 and non-integer powers, to as many digits as correct
rounding needs) and rounded once to the context: precision, rounding mode,
exponent range, with the signals recorded in the context's flags and raised
when trapped."""
import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext',
           'BasicContext', 'ExtendedContext', 'DecimalException', 'Clamped',
           'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
           'Subnormal', 'Overflow', 'Underflow', 'FloatOperation',
           'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
           'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
           'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
           'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
           'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
           'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

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
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

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


for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax,
             DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
             InvalidContext, Rounded, Subnormal, Overflow, Underflow,
             FloatOperation):
    _cls.__module__ = 'decimal'
del _cls

_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped]
# The conditions that are not signals themselves report as InvalidOperation.
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation,
                     DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation,
                     InvalidContext: InvalidOperation}
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow]


class _SignalDict(dict):
    """The flags or traps of a context: exactly the nine signals as keys."""

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError(key)
        dict.__setitem__(self, key, bool(value))

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __repr__(self):
        return '{' + ', '.join('%s:%s' % (k, v) for k, v in self.items()) + '}'

    def copy(self):
        return _SignalDict(self)


def _signal_dict(value, what, allow_list):
    """A _SignalDict from a mapping signal -> bool (or, when allow_list,
    a list of the signals that are set)."""
    d = _SignalDict.fromkeys(_SIGNALS, False)
    if not isinstance(value, (dict, list)) or \
            (not allow_list and not isinstance(value, dict)):
        raise TypeError('argument must be a signal dict')
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS) or \
                any(k not in _SIGNALS for k in value):
            raise KeyError('invalid signal dict')
        for k, v in value.items():
            dict.__setitem__(d, k, bool(v))
        return d
    try:
        items = list(value)
    except TypeError:
        raise TypeError('argument must be a signal dict') from None
    for k in items:
        if k not in _SIGNALS:
            raise KeyError('invalid error flag')
        dict.__setitem__(d, k, True)
    return d


_CONTEXT_ATTRS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                  'flags', 'traps')


class Context(object):
    """The environment of arithmetic: precision, rounding, exponent limits,
    and the signals' flags and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = globals().get('DefaultContext')
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else \
            (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else \
            (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            traps = dc.traps.copy() if dc else \
                [InvalidOperation, DivisionByZero, Overflow]
        self.traps = _signal_dict(traps, 'traps', True)
        self.flags = _signal_dict([] if flags is None else flags, 'flags',
                                  True)

    def __setattr__(self, name, value):
        if name == 'prec':
            value = _context_int(value, 1, MAX_PREC,
                                 'valid range for prec is [1, MAX_PREC]')
        elif name == 'Emin':
            value = _context_int(value, MIN_EMIN, 0,
                                 'valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            value = _context_int(value, 0, MAX_EMAX,
                                 'valid range for Emax is [0, MAX_EMAX]')
        elif name == 'capitals':
            value = _context_int(value, 0, 1,
                                 'valid values for capitals are 0 or 1')
        elif name == 'clamp':
            value = _context_int(value, 0, 1,
                                 'valid values for clamp are 0 or 1')
        elif name == 'rounding':
            if value not in _ROUNDINGS or not isinstance(value, str):
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, '
                                'ROUND_DOWN,\n   ROUND_HALF_UP, '
                                'ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
        elif name in ('flags', 'traps'):
            value = _signal_dict(value, name, False)
        elif type(self) is Context:
            raise AttributeError("'decimal.Context' object has no "
                                 "attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def __repr__(self):
        flags = [s.__name__ for s in _REPR_ORDER if self.flags[s]]
        traps = [s.__name__ for s in _REPR_ORDER if self.traps[s]]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax,
                   self.capitals, self.clamp, ', '.join(flags),
                   ', '.join(traps)))

    def __reduce__(self):
        flags = [s for s in _SIGNALS if self.flags[s]]
        traps = [s for s in _SIGNALS if self.traps[s]]
        return (self.__class__, (self.prec, self.rounding, self.Emin,
                                 self.Emax, self.capitals, self.clamp,
                                 flags, traps))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp, self.flags.copy(),
                       self.traps.copy())

    __copy__ = copy

    def _quiet(self):
        """A copy with no traps and fresh flags, for internal trial work."""
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp, [], [])

    def clear_flags(self):
        for s in _SIGNALS:
            dict.__setitem__(self.flags, s, False)

    def clear_traps(self):
        for s in _SIGNALS:
            dict.__setitem__(self.traps, s, False)

    def _raise(self, condition, explanation=None, result=None):
        """Record condition in the flags; raise it if trapped, else give
        result."""
        signal = _CONDITION_SIGNAL.get(condition, condition)
        dict.__setitem__(self.flags, signal, True)
        if self.traps[signal]:
            raise signal([condition])
        return result

    def _raise_error(self, condition, explanation=None, *args):
        return self._raise(condition, explanation, _NaN)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def radix(self):
        return Decimal(10)

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._raise(ConversionSyntax, 'invalid literal', _NaN)
        d = Decimal(num, context=self)
        if d._special in ('n', 'N') and len(d._int) > self.prec - self.clamp:
            return self._raise(ConversionSyntax, 'diagnostic too long', _NaN)
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def _apply(self, a):
        return _dec(a, self)._fix(self)

    apply = _apply

    def divmod(self, a, b):
        a = _dec(a, self)
        r = a.__divmod__(b, self)
        if r is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(b).__name__)
        return r

    def power(self, a, b, modulo=None):
        a = _dec(a, self)
        r = a.__pow__(b, modulo, self)
        if r is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(b).__name__)
        return r

    def to_sci_string(self, a):
        return _dec(a, self).__str__(context=self)

    def to_eng_string(self, a):
        return _dec(a, self).to_eng_string(context=self)

    def number_class(self, a):
        return _dec(a, self).number_class(self)

    def is_normal(self, a):
        return _dec(a, self).is_normal(self)

    def is_subnormal(self, a):
        return _dec(a, self).is_subnormal(self)

    def copy_decimal(self, a):
        return Decimal(_dec(a, self))


def _context_int(value, lo, hi, message):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if not lo <= value <= hi:
        raise ValueError(message)
    return int(value)


def _dec(value, context=None):
    """An operand of a Context method: a Decimal or an int."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    raise TypeError('conversion from %s to Decimal is not supported'
                    % type(value).__name__)


def _make_context_op(name, arity, has_context=True):
    def op(self, *args):
        if len(args) != arity:
            raise TypeError('%s() takes exactly %d argument%s (%d given)'
                            % (name, arity, '' if arity == 1 else 's',
                               len(args)))
        a = _dec(args[0], self)
        rest = [_dec(x, self) for x in args[1:]]
        if has_context:
            return getattr(a, name)(*rest, context=self)
        return getattr(a, name)(*rest)
    op.__name__ = name
    return op


def _make_context_dunder(name, dunder):
    def op(self, a, b):
        a = _dec(a, self)
        b = _dec(b, self)
        return getattr(a, dunder)(b, context=self)
    op.__name__ = name
    return op


_CONTEXT_OPS = {}
for _name in ('exp', 'ln', 'log10', 'logb', 'sqrt', 'next_minus',
              'next_plus', 'normalize', 'to_integral_exact',
              'to_integral_value', 'logical_invert'):
    _CONTEXT_OPS[_name] = _make_context_op(_name, 1)
for _name in ('canonical', 'is_canonical', 'is_finite', 'is_infinite',
              'is_nan', 'is_qnan', 'is_signed', 'is_snan', 'is_zero',
              'copy_abs', 'copy_negate'):
    _CONTEXT_OPS[_name] = _make_context_op(_name, 1, False)
for _name in ('compare', 'compare_signal', 'max', 'max_mag', 'min',
              'min_mag', 'next_toward', 'quantize', 'remainder_near',
              'rotate', 'scaleb', 'shift', 'logical_and', 'logical_or',
              'logical_xor', 'copy_sign', 'compare_total',
              'compare_total_mag'):
    _CONTEXT_OPS[_name] = _make_context_op(_name, 2)
_CONTEXT_OPS['same_quantum'] = _make_context_op('same_quantum', 2, False)
_CONTEXT_OPS['fma'] = _make_context_op('fma', 3)
_CONTEXT_OPS['to_integral'] = _CONTEXT_OPS['to_integral_value']
for _name, _dunder in (('add', '__add__'), ('subtract', '__sub__'),
                       ('multiply', '__mul__'), ('divide', '__truediv__'),
                       ('divide_int', '__floordiv__'),
                       ('remainder', '__mod__')):
    _CONTEXT_OPS[_name] = _make_context_dunder(_name, _dunder)


def _unary_plus(self, a):
    return _dec(a, self).__pos__(context=self)


def _unary_minus(self, a):
    return _dec(a, self).__neg__(context=self)


def _unary_abs(self, a):
    return _dec(a, self).__abs__(context=self)


_CONTEXT_OPS['plus'] = _unary_plus
_CONTEXT_OPS['minus'] = _unary_minus
_CONTEXT_OPS['abs'] = _unary_abs
for _name, _op in _CONTEXT_OPS.items():
    setattr(Context, _name, _op)
del _name, _dunder, _op

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
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager for a copy of ctx (or the current context), with
    the attributes given as keywords changed."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in _CONTEXT_ATTRS:
            raise TypeError("'%s' is an invalid keyword argument for this "
                            "function" % key)
        setattr(manager.new_context, key, value)
    return manager


def _parse(text):
    """str -> (sign, coefficient digits, exponent, special) or None when the
    text is not a number."""
    s = text.strip()
    if '_' in s:
        if s.startswith('_') or s.endswith('_') or '__' in s:
            return None
        s = s.replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, '0', 0, 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not _all_digits(payload):
                return None
            payload = str(int(payload)) if payload else ''
            return sign, ('' if payload == '0' else payload), 0, kind
    mant, exp = s, 0
    epos = low.find('e')
    if epos >= 0:
        mant, exp_text = s[:epos], s[epos + 1:]
        t = exp_text[1:] if exp_text[:1] in '+-' else exp_text
        if not _all_digits(t):
            return None
        exp = int(exp_text)
    whole, dot, frac = mant.partition('.')
    if not whole and not frac:
        return None
    if (whole and not _all_digits(whole)) or (frac and not _all_digits(frac)):
        return None
    return sign, str(int(whole + frac)), exp - len(frac), None


def _all_digits(text):
    if not text:
        return False
    for ch in text:
        if not ch.isdigit():
            return False
    return True


def _new(sign, coeff, exp, special=None):
    """A Decimal from its parts (coeff a str of digits, or an int)."""
    self = object.__new__(Decimal)
    self._sign = sign
    self._int = coeff if isinstance(coeff, str) else str(coeff)
    self._exp = exp
    self._special = special
    return self


def _round_digit(sign, q, r, unit, rounding):
    """Round quotient q up or not, given remainder r (0 <= r < unit)."""
    if r == 0:
        return q
    if rounding == ROUND_HALF_EVEN:
        half = r * 2
        if half > unit or (half == unit and q & 1):
            return q + 1
        return q
    if rounding == ROUND_DOWN:
        return q
    if rounding == ROUND_UP:
        return q + 1
    if rounding == ROUND_CEILING:
        return q if sign else q + 1
    if rounding == ROUND_FLOOR:
        return q + 1 if sign else q
    if rounding == ROUND_HALF_UP:
        return q + 1 if r * 2 >= unit else q
    if rounding == ROUND_HALF_DOWN:
        return q + 1 if r * 2 > unit else q
    # ROUND_05UP
    return q + 1 if q % 5 == 0 else q


def _drop_digits(coeff, ndigits, drop, sign, rounding):
    """Round away the last drop digits of coeff (which has ndigits digits):
    (rounded coefficient, whether anything nonzero was dropped)."""
    if drop > ndigits + 1:
        # Everything goes, and it is less than half a unit.
        if coeff == 0:
            return 0, False
        return _round_digit(sign, 0, 1, 10, rounding), True
    unit = 10 ** drop
    q, r = divmod(coeff, unit)
    return _round_digit(sign, q, r, unit, rounding), r != 0


def _overflow(sign, ctx):
    ctx._raise(Inexact)
    ctx._raise(Rounded)
    r = ctx.rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign):
        result = _new(sign, '0', 0, 'F')
    else:
        result = _new(sign, '9' * ctx.prec, ctx.Emax - ctx.prec + 1)
    return ctx._raise(Overflow, 'above Emax', result)


def _finish(sign, coeff, exp, ctx):
    """Round the exact value (-1)**sign * coeff * 10**exp to the context,
    signalling what the rounding did."""
    prec = ctx.prec
    etiny = ctx.Emin - prec + 1
    if coeff == 0:
        emax = ctx.Emax - prec + 1 if ctx.clamp else ctx.Emax
        if exp > emax or exp < etiny:
            ctx._raise(Clamped)
            exp = emax if exp > emax else etiny
        return _new(sign, '0', exp)
    digits = str(coeff)
    n = len(digits)
    adj = exp + n - 1
    if adj > ctx.Emax:
        return _overflow(sign, ctx)
    subnormal = adj < ctx.Emin
    exp_min = exp + n - prec
    if exp_min < etiny:
        exp_min = etiny
    if exp < exp_min:
        coeff, inexact = _drop_digits(coeff, n, exp_min - exp, sign,
                                      ctx.rounding)
        exp = exp_min
        digits = str(coeff)
        if len(digits) > prec:
            coeff //= 10
            digits = digits[:-1]
            exp += 1
        if coeff and exp + len(digits) - 1 > ctx.Emax:
            return _overflow(sign, ctx)
        if subnormal:
            if inexact:
                ctx._raise(Underflow)
            ctx._raise(Subnormal)
            if coeff == 0:
                ctx._raise(Clamped)
        if inexact:
            ctx._raise(Inexact)
        ctx._raise(Rounded)
    elif subnormal:
        ctx._raise(Subnormal)
    if ctx.clamp and coeff:
        etop = ctx.Emax - prec + 1
        if exp > etop:
            ctx._raise(Clamped)
            digits = digits + '0' * (exp - etop)
            exp = etop
    return _new(sign, digits, exp)


_INF_F = float('inf')
_NAN_F = float('nan')
_PyHASH_MODULUS = _sys.hash_info.modulus
_PyHASH_INF = _sys.hash_info.inf
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)


class Decimal(object):
    """Floating point class for decimal arithmetic."""
    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        self._special = None
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = context if context is not None else getcontext()
                ctx._raise(ConversionSyntax,
                           'Invalid literal for Decimal: %r' % value)
                self._sign, self._int, self._exp, self._special = \
                    0, '', 0, 'n'
                return self
            self._sign, self._int, self._exp, self._special = parsed
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = str(abs(int(value)))
            self._exp = 0
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = (
                value._sign, value._int, value._exp, value._special)
            return self
        if isinstance(value, float):
            ctx = context if context is not None else getcontext()
            ctx._raise(FloatOperation, 'strict semantics for mixing floats '
                       'and Decimals are enabled')
            return cls._from_float_into(self, value)
        if isinstance(value, (tuple, list)):
            return cls._from_tuple_into(self, value)
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(value).__name__)

    @staticmethod
    def _from_tuple_into(self, value):
        if len(value) != 3:
            raise ValueError('argument must be a sequence of length 3')
        sign, digits, exp = value
        if not (isinstance(sign, int) and sign in (0, 1)):
            raise ValueError('sign must be an integer with the value 0 or 1')
        if exp not in ('F', 'n', 'N') and not isinstance(exp, int):
            raise ValueError("exponent must be an integer")
        try:
            digits = tuple(digits)
        except TypeError:
            raise ValueError('coefficient must be a tuple of digits') \
                from None
        for d in digits:
            if not (isinstance(d, int) and 0 <= d <= 9):
                raise ValueError('coefficient must be a tuple of digits')
        text = ''.join(map(str, digits)).lstrip('0')
        self._sign = sign
        if exp == 'F':
            self._int, self._exp, self._special = '0', 0, 'F'
        elif exp in ('n', 'N'):
            self._int, self._exp, self._special = text, 0, exp
        else:
            self._int, self._exp = text or '0', exp
        return self

    @staticmethod
    def _from_float_into(self, f):
        if f != f:
            self._sign = 1 if _math.copysign(1.0, f) < 0 else 0
            self._int, self._exp, self._special = '', 0, 'n'
            return self
        sign = 0 if _math.copysign(1.0, f) > 0 else 1
        if f in (_INF_F, -_INF_F):
            self._sign, self._int, self._exp, self._special = \
                sign, '0', 0, 'F'
            return self
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        self._sign, self._int, self._exp = sign, str(n * 5 ** k), -k
        return self

    @classmethod
    def from_float(cls, f):
        """Convert a float or int to a Decimal, exactly."""
        if isinstance(f, int):
            d = Decimal(f)
        elif isinstance(f, float):
            d = object.__new__(Decimal)
            d._special = None
            d = Decimal._from_float_into(d, f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # -- predicates --

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

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        if self._special or self._int == '0':
            return False
        ctx = context if context is not None else getcontext()
        return self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        if self._special or self._int == '0':
            return False
        ctx = context if context is not None else getcontext()
        return self.adjusted() < ctx.Emin

    def radix(self):
        return Decimal(10)

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._special:
            return 0
        return self._exp + len(self._int) - 1

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or \
                (self._special == 'F' and other._special == 'F')
        return self._exp == other._exp

    def number_class(self, context=None):
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._special == 'F':
            return sign + 'Infinity'
        if self._int == '0':
            return sign + 'Zero'
        if self.is_subnormal(context):
            return sign + 'Subnormal'
        return sign + 'Normal'

    # -- conversions --

    def as_tuple(self):
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(map(int, self._int))
        if self._special:
            return DecimalTuple(self._sign, digits, self._special)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._special:
            raise ValueError('cannot convert NaN to integer ratio')
        n = int(self._int)
        if n == 0:
            return 0, 1
        if self._exp >= 0:
            n, d = n * 10 ** self._exp, 1
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    def __int__(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        if self._special:
            raise ValueError('cannot convert NaN to integer')
        n = int(self._int)
        if self._exp >= 0:
            n *= 10 ** self._exp
        elif -self._exp > len(self._int):
            n = 0
        else:
            n //= 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._special:
            if self._special == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            if self._special == 'n':
                return -_NAN_F if self._sign else _NAN_F
            return -_INF_F if self._sign else _INF_F
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return self._special is not None or self._int != '0'

    def _integral(self, rounding):
        """Round to an int with rounding (finite self)."""
        if self._special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            return int(self)
        n = len(self._int)
        q, _ = _drop_digits(int(self._int), n, -self._exp, self._sign,
                            rounding)
        return -q if self._sign else q

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    def _round(self, places, rounding):
        """self rounded to places significant digits."""
        if places <= 0:
            raise ValueError('argument should be at least 1 in _round')
        if self._special or self._int == '0':
            return Decimal(self)
        ctx = getcontext()._quiet()
        ctx.prec = places
        ctx.rounding = rounding
        ctx.Emin, ctx.Emax = MIN_EMIN, MAX_EMAX
        result = _finish(self._sign, int(self._int), self._exp, ctx)
        if result.adjusted() != self.adjusted():
            result = _finish(self._sign, int(self._int), self._exp, ctx)
        return result

    def __round__(self, n=None):
        if n is None:
            return self._integral(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_new(0, '1', -n))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    # -- text --

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special:
            if self._special == 'F':
                return sign + 'Infinity'
            if self._special == 'n':
                return sign + 'NaN' + self._int
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
            if context is None:
                context = getcontext()
            exp = ('e', 'E')[context.capitals] + \
                '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._special == 'n':
                return object.__hash__(self)
            return -_PyHASH_INF if self._sign else _PyHASH_INF
        if self._exp >= 0:
            scale = pow(10, self._exp, _PyHASH_MODULUS)
        else:
            scale = pow(_PyHASH_10INV, -self._exp, _PyHASH_MODULUS)
        h = int(self._int) * scale % _PyHASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h


    # -- arithmetic --

    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        if self._special or other._special:
            nan = _nan_result(ctx, self, other)
            if nan is not None:
                return nan
            if self._special == 'F':
                if other._special == 'F' and self._sign != other._sign:
                    return ctx._raise(InvalidOperation, '-INF + INF', _NaN)
                return _new(self._sign, '0', 0, 'F')
            return _new(other._sign, '0', 0, 'F')
        return _add(self, other, ctx)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if self._special or other._special:
            ctx = context if context is not None else getcontext()
            nan = _nan_result(ctx, self, other)
            if nan is not None:
                return nan
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = _nan_result(ctx, self, other)
            if nan is not None:
                return nan
            if not self or not other:
                return ctx._raise(InvalidOperation, '0 * INF', _NaN)
            return _new(sign, '0', 0, 'F')
        return _finish(sign, int(self._int) * int(other._int),
                       self._exp + other._exp, ctx)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = _nan_result(ctx, self, other)
            if nan is not None:
                return nan
            if self._special == 'F':
                if other._special == 'F':
                    return ctx._raise(InvalidOperation, 'INF / INF', _NaN)
                return _new(sign, '0', 0, 'F')
            ctx._raise(Clamped, 'x / INF')
            return _new(sign, '0', ctx.Etiny())
        if other._int == '0':
            if self._int == '0':
                return ctx._raise(DivisionUndefined, '0 / 0', _NaN)
            return ctx._raise(DivisionByZero, 'x / 0',
                              _new(sign, '0', 0, 'F'))
        return _divide(sign, self, other, ctx)

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divmod_special(self, other, ctx):
        """divmod for NaN, infinite or zero-divisor operands, or None."""
        sign = self._sign ^ other._sign
        nan = _nan_result(ctx, self, other)
        if nan is not None:
            return nan, nan
        if self._special == 'F':
            if other._special == 'F':
                nan = ctx._raise(InvalidOperation, 'divmod(INF, INF)', _NaN)
                return nan, nan
            return (_new(sign, '0', 0, 'F'),
                    ctx._raise(InvalidOperation, 'INF % x', _NaN))
        if other._special == 'F':
            return _new(sign, '0', 0), self._fix(ctx)
        if self._int == '0':
            nan = ctx._raise(DivisionUndefined, 'divmod(0, 0)', _NaN)
            return nan, nan
        return (ctx._raise(DivisionByZero, 'x // 0', _new(sign, '0', 0, 'F')),
                ctx._raise(InvalidOperation, 'x % 0', _NaN))

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        if self._special or other._special or other._int == '0':
            return self._divmod_special(other, ctx)
        q = _integer_quotient(self, other, ctx)
        if q is None:
            nan = ctx._raise(DivisionImpossible, 'quotient too large', _NaN)
            return nan, nan
        return (_finish(self._sign ^ other._sign, q, 0, ctx),
                _remainder_from(self, other, q, ctx))

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        if self._special or other._special or other._int == '0':
            if self._special == 'F' and other._special is None:
                return _new(self._sign ^ other._sign, '0', 0, 'F')
            if self._special or other._special or self._int == '0':
                return self._divmod_special(other, ctx)[0]
            return ctx._raise(DivisionByZero, 'x // 0',
                              _new(self._sign ^ other._sign, '0', 0, 'F'))
        q = _integer_quotient(self, other, ctx)
        if q is None:
            return ctx._raise(DivisionImpossible, 'quotient too large', _NaN)
        return _finish(self._sign ^ other._sign, q, 0, ctx)

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        if self._special or other._special or other._int == '0':
            if other._int == '0' and not other._special and \
                    not self._special and self._int != '0':
                return ctx._raise(InvalidOperation, 'x % 0', _NaN)
            return self._divmod_special(other, ctx)[1]
        q = _integer_quotient(self, other, ctx)
        if q is None:
            return ctx._raise(DivisionImpossible, 'quotient too large', _NaN)
        return _remainder_from(self, other, q, ctx)

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def remainder_near(self, other, context=None):
        other = _convert(other, True)
        ctx = context if context is not None else getcontext()
        if self._special or other._special:
            nan = _nan_result(ctx, self, other)
            if nan is not None:
                return nan
            if self._special == 'F':
                return ctx._raise(InvalidOperation, 'remainder_near(INF)',
                                  _NaN)
            return self._fix(ctx)
        if other._int == '0':
            if self._int == '0':
                return ctx._raise(DivisionUndefined, 'rn(0, 0)', _NaN)
            return ctx._raise(InvalidOperation, 'rn(x, 0)', _NaN)
        exp = min(self._exp, other._exp)
        if self._int == '0':
            return _finish(self._sign, 0, exp, ctx)
        if self.adjusted() - other.adjusted() > ctx.prec:
            return ctx._raise(DivisionImpossible, 'quotient too large', _NaN)
        if self.adjusted() < other.adjusted() - 1:
            # |self| < |other| / 2: self is the remainder.
            return _finish(self._sign, int(self._int) *
                           10 ** (self._exp - exp), exp, ctx)
        a = int(self._int) * 10 ** (self._exp - exp)
        b = int(other._int) * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if 2 * r > b or (2 * r == b and q & 1):
            q += 1
            r -= b
        if q and len(str(q)) > ctx.prec:
            return ctx._raise(DivisionImpossible, 'quotient too large', _NaN)
        sign = self._sign
        if r < 0:
            sign, r = 1 - sign, -r
        return _finish(sign, r, exp, ctx)

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        other = _convert(other, True)
        third = _convert(third, True)
        ctx = context if context is not None else getcontext()
        if self._special or other._special or third._special:
            nan = _nan_result(ctx, self, other) if \
                'N' in (self._special, other._special) else None
            if nan is not None:
                return nan
            if not self.is_nan() and not other.is_nan() and \
                    (self._special == 'F' or other._special == 'F') and \
                    (not self or not other):
                return ctx._raise(InvalidOperation, 'INF * 0 in fma', _NaN)
            nan = _nan_result(ctx, self, other, third) if \
                third._special != 'N' else _nan_result(ctx, third)
            if nan is not None:
                return nan
            if self._special == 'F' or other._special == 'F':
                product = _new(self._sign ^ other._sign, '0', 0, 'F')
                return product.__add__(third, ctx)
        product = _new(self._sign ^ other._sign,
                       str(int(self._int) * int(other._int)),
                       self._exp + other._exp)
        return product.__add__(third, ctx)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        if modulo is not None:
            modulo = _convert(modulo)
            if modulo is NotImplemented:
                return modulo
            return _power_modulo(self, other, modulo, ctx)
        return _power(self, other, ctx)

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    def __neg__(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(ctx, self)
            if nan is not None:
                return nan
        if self._int == '0' and not self._special:
            sign = 1 if ctx.rounding == ROUND_FLOOR and not self._sign else 0
            return _finish(sign, 0, self._exp, ctx)
        return self.copy_negate()._fix(ctx)

    def __pos__(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(ctx, self)
            if nan is not None:
                return nan
        if self._int == '0' and not self._special:
            sign = 1 if ctx.rounding == ROUND_FLOOR and self._sign else 0
            return _finish(sign, 0, self._exp, ctx)
        return self._fix(ctx)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(ctx, self)
            if nan is not None:
                return nan
        return self.copy_abs()._fix(ctx)

    def copy_abs(self):
        return _new(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return _new(other._sign, self._int, self._exp, self._special)

    def _fix(self, ctx):
        """Round self to the context."""
        if self._special:
            if self._special == 'F':
                return self
            return _fix_nan(self, ctx)
        return _finish(self._sign, int(self._int), self._exp, ctx)

    def _rescale(self, exp, rounding):
        """Self at exponent exp exactly, rounding digits away if needed."""
        if self._special:
            return Decimal(self)
        if self._exp >= exp:
            return _new(self._sign, '0' if self._int == '0' else
                        self._int + '0' * (self._exp - exp), exp)
        q, _ = _drop_digits(int(self._int), len(self._int), exp - self._exp,
                            self._sign, rounding)
        return _new(self._sign, q, exp)

    # -- comparison --

    def _compare_to(self, other, op):
        """Rich comparison with ints, floats, Rationals and Decimals."""
        pair = _compare_operands(self, other, op)
        if pair is NotImplemented:
            return pair
        if pair is None:
            return op == 'ne'
        a, o = pair
        if a._special in ('n', 'N') or o._special in ('n', 'N'):
            if op in ('eq', 'ne'):
                if a._special == 'N' or o._special == 'N':
                    getcontext()._raise(InvalidOperation,
                                        'comparison with sNaN')
                return op == 'ne'
            getcontext()._raise(InvalidOperation, 'comparison with NaN')
            return False
        c = _cmp(a, o)
        if op == 'eq':
            return c == 0
        if op == 'ne':
            return c != 0
        if op == 'lt':
            return c < 0
        if op == 'le':
            return c <= 0
        if op == 'gt':
            return c > 0
        return c >= 0

    def __eq__(self, other):
        return self._compare_to(other, 'eq')

    def __ne__(self, other):
        return self._compare_to(other, 'ne')

    def __lt__(self, other):
        return self._compare_to(other, 'lt')

    def __le__(self, other):
        return self._compare_to(other, 'le')

    def __gt__(self, other):
        return self._compare_to(other, 'gt')

    def __ge__(self, other):
        return self._compare_to(other, 'ge')

    def compare(self, other, context=None):
        other = _convert(other, True)
        ctx = context if context is not None else getcontext()
        if self._special or other._special:
            nan = _nan_result(ctx, self, other)
            if nan is not None:
                return nan
        return Decimal(_cmp(self, other))

    def compare_signal(self, other, context=None):
        other = _convert(other, True)
        ctx = context if context is not None else getcontext()
        if self.is_nan() or other.is_nan():
            if self._special == 'N' or other._special == 'N':
                return _nan_result(ctx, self, other)
            ctx._raise(InvalidOperation, 'compare_signal with NaN')
            return _nan_result(ctx, self, other)
        return Decimal(_cmp(self, other))

    def compare_total(self, other, context=None):
        other = _convert(other, True)
        c = _total_cmp(self, other)
        return _ONE_NEG if c < 0 else (_ONE if c > 0 else _ZERO)

    def compare_total_mag(self, other, context=None):
        other = _convert(other, True)
        return self.copy_abs().compare_total(other.copy_abs())

    def _pick(self, other, context, want_max, mag):
        other = _convert(other, True)
        ctx = context if context is not None else getcontext()
        if self._special or other._special:
            if self._special == 'N' or other._special == 'N':
                return _nan_result(ctx, self, other)
            if self._special == 'n' and other._special == 'n':
                return _nan_result(ctx, self, other)
            if self._special == 'n':
                return other._fix(ctx)
            if other._special == 'n':
                return self._fix(ctx)
        c = _cmp(self.copy_abs(), other.copy_abs()) if mag else 0
        if c == 0:
            c = _cmp(self, other)
        if c == 0:
            c = _total_cmp(self, other) or 1
        if not want_max:
            c = -c
        return (self if c > 0 else other)._fix(ctx)

    def max(self, other, context=None):
        return self._pick(other, context, True, False)

    def min(self, other, context=None):
        return self._pick(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._pick(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._pick(other, context, False, True)

    # -- rounding operations --

    def quantize(self, exp, rounding=None, context=None):
        """Round self to the exponent of exp."""
        exp = _convert(exp, True)
        ctx = context if context is not None else getcontext()
        if rounding is None:
            rounding = ctx.rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError('invalid rounding mode')
        if self._special or exp._special:
            nan = _nan_result(ctx, self, exp)
            if nan is not None:
                return nan
            if self._special == 'F' and exp._special == 'F':
                return Decimal(self)
            return ctx._raise(InvalidOperation, 'quantize with one INF',
                              _NaN)
        target = exp._exp
        if not ctx.Etiny() <= target <= ctx.Emax:
            return ctx._raise(InvalidOperation, 'target exponent out of '
                              'range', _NaN)
        if self._int == '0':
            return _finish(self._sign, 0, target, ctx)
        if self.adjusted() > ctx.Emax or \
                self.adjusted() - target + 1 > ctx.prec:
            return ctx._raise(InvalidOperation, 'quantize result has too '
                              'many digits', _NaN)
        result = self._rescale(target, rounding)
        if result._int != '0' and (len(result._int) > ctx.prec or
                                   result.adjusted() > ctx.Emax):
            return ctx._raise(InvalidOperation, 'quantize result has too '
                              'many digits', _NaN)
        if result._int != '0' and result.adjusted() < ctx.Emin:
            ctx._raise(Subnormal)
        if result._exp > self._exp:
            if _cmp(result, self) != 0:
                ctx._raise(Inexact)
            ctx._raise(Rounded)
        return _finish(result._sign, int(result._int), result._exp, ctx)

    def to_integral_value(self, rounding=None, context=None):
        """Round to an integer (exponent 0 at most), without signals."""
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(ctx, self)
            if nan is not None:
                return nan
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding or ctx.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Round to an integer, signalling Inexact and Rounded."""
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(ctx, self)
            if nan is not None:
                return nan
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        if self._int == '0':
            return _new(self._sign, '0', 0)
        result = self._rescale(0, rounding or ctx.rounding)
        if _cmp(result, self) != 0:
            ctx._raise(Inexact)
        ctx._raise(Rounded)
        return result

    def normalize(self, context=None):
        """Round to the context, then strip the trailing zeros."""
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(ctx, self)
            if nan is not None:
                return nan
        d = self._fix(ctx)
        if d._special:
            return d
        if d._int == '0':
            return _new(d._sign, '0', 0)
        coeff = d._int.rstrip('0')
        exp = d._exp + len(d._int) - len(coeff)
        exp_max = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
        if exp > exp_max:
            coeff += '0' * (exp - exp_max)
            exp = exp_max
        return _new(d._sign, coeff, exp)

    # -- functions --

    def sqrt(self, context=None):
        """Square root, correctly rounded; exact results keep the ideal
        exponent (half of self's)."""
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(ctx, self)
            if nan is not None:
                return nan
            if self._sign:
                return ctx._raise(InvalidOperation, 'sqrt(-INF)', _NaN)
            return Decimal(self)
        ideal = self._exp // 2
        if self._int == '0':
            return _finish(self._sign, 0, ideal, ctx)
        if self._sign:
            return ctx._raise(InvalidOperation, 'sqrt(-x), x > 0', _NaN)
        return _sqrt(int(self._int), self._exp, ideal, ctx)

    def exp(self, context=None):
        """e ** self, correctly rounded."""
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(ctx, self)
            if nan is not None:
                return nan
            return _ZERO if self._sign else Decimal(self)
        if self._int == '0':
            return _ONE
        return _half_even(ctx, _exp, self, ctx)

    def ln(self, context=None):
        """Natural logarithm, correctly rounded."""
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(ctx, self)
            if nan is not None:
                return nan
            if self._sign:
                return ctx._raise(InvalidOperation, 'ln(-INF)', _NaN)
            return Decimal(self)
        if self._int == '0':
            return _new(1, '0', 0, 'F')
        if self._sign:
            return ctx._raise(InvalidOperation, 'ln of a negative value',
                              _NaN)
        if self._int.rstrip('0') == '1' and self.adjusted() == 0:
            return _ZERO
        return _half_even(ctx, _log, self, ctx, False)

    def log10(self, context=None):
        """Base 10 logarithm, correctly rounded (exact for powers of ten)."""
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(ctx, self)
            if nan is not None:
                return nan
            if self._sign:
                return ctx._raise(InvalidOperation, 'log10(-INF)', _NaN)
            return Decimal(self)
        if self._int == '0':
            return _new(1, '0', 0, 'F')
        if self._sign:
            return ctx._raise(InvalidOperation, 'log10 of a negative value',
                              _NaN)
        if self._int.rstrip('0') == '1':
            return _half_even(ctx, _finish, 0 if self.adjusted() >= 0 else 1,
                              abs(self.adjusted()), 0, ctx)
        return _half_even(ctx, _log, self, ctx, True)

    def logb(self, context=None):
        """The adjusted exponent of self, as a Decimal."""
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(ctx, self)
            if nan is not None:
                return nan
            return _new(0, '0', 0, 'F')
        if self._int == '0':
            return ctx._raise(DivisionByZero, 'logb(0)', _new(1, '0', 0, 'F'))
        return Decimal(self.adjusted())._fix(ctx)

    def _integer_operand(self, other, ctx, lo, hi):
        """other as an int for scaleb/shift/rotate, or a NaN result."""
        if self._special or other._special:
            nan = _nan_result(ctx, self, other)
            if nan is not None:
                return nan
        if other._exp != 0 or other._special:
            return ctx._raise(InvalidOperation, 'integer operand expected',
                              _NaN)
        n = int(other)
        if not lo <= n <= hi:
            return ctx._raise(InvalidOperation, 'operand out of range', _NaN)
        return n

    def scaleb(self, other, context=None):
        """self * 10 ** other (other an integer)."""
        other = _convert(other, True)
        ctx = context if context is not None else getcontext()
        limit = 2 * (ctx.Emax + ctx.prec)
        n = self._integer_operand(other, ctx, -limit, limit)
        if isinstance(n, Decimal):
            return n
        if self._special == 'F':
            return Decimal(self)
        return _finish(self._sign, int(self._int), self._exp + n, ctx)

    def shift(self, other, context=None):
        """Shift the coefficient (padded to prec digits) by other digits."""
        other = _convert(other, True)
        ctx = context if context is not None else getcontext()
        n = self._integer_operand(other, ctx, -ctx.prec, ctx.prec)
        if isinstance(n, Decimal):
            return n
        if self._special == 'F':
            return Decimal(self)
        digits = _prec_digits(self._int, ctx.prec)
        if n > 0:
            digits = (digits + '0' * n)[-ctx.prec:]
        elif n < 0:
            digits = digits[:n] or '0'
        return _new(self._sign, digits.lstrip('0') or '0', self._exp)

    def rotate(self, other, context=None):
        """Rotate the coefficient (padded to prec digits) by other digits."""
        other = _convert(other, True)
        ctx = context if context is not None else getcontext()
        n = self._integer_operand(other, ctx, -ctx.prec, ctx.prec)
        if isinstance(n, Decimal):
            return n
        if self._special == 'F':
            return Decimal(self)
        digits = _prec_digits(self._int, ctx.prec)
        n %= ctx.prec
        digits = digits[n:] + digits[:n]
        return _new(self._sign, digits.lstrip('0') or '0', self._exp)

    def _logical_digits(self, ctx):
        if self._special or self._sign or self._exp != 0 or \
                self._int.strip('01'):
            return None
        return _prec_digits(self._int, ctx.prec)

    def _logical(self, other, context, fn):
        other = _convert(other, True)
        ctx = context if context is not None else getcontext()
        a = self._logical_digits(ctx)
        b = other._logical_digits(ctx)
        if a is None or b is None:
            return ctx._raise(InvalidOperation, 'logical operands', _NaN)
        digits = ''.join(fn(x, y) for x, y in zip(a, b))
        return _new(0, digits.lstrip('0') or '0', 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context,
                             lambda x, y: '1' if x == y == '1' else '0')

    def logical_or(self, other, context=None):
        return self._logical(other, context,
                             lambda x, y: '1' if '1' in (x, y) else '0')

    def logical_xor(self, other, context=None):
        return self._logical(other, context,
                             lambda x, y: '1' if x != y else '0')

    def logical_invert(self, context=None):
        ctx = context if context is not None else getcontext()
        return self.logical_xor(_new(0, '1' * ctx.prec, 0), ctx)

    def _next(self, context, up):
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = _nan_result(ctx, self)
            if nan is not None:
                return nan
            if self._sign == (0 if up else 1):
                return Decimal(self)
            return _new(self._sign, '9' * ctx.prec, ctx.Etop())
        quiet = ctx._quiet()
        quiet.rounding = ROUND_CEILING if up else ROUND_FLOOR
        rounded = self._fix(quiet)
        if _cmp(rounded, self) != 0:
            return rounded
        tiny = _new(0 if up else 1, '1', ctx.Etiny() - 1)
        return self.__add__(tiny, quiet)

    def next_plus(self, context=None):
        return self._next(context, True)

    def next_minus(self, context=None):
        return self._next(context, False)

    def next_toward(self, other, context=None):
        other = _convert(other, True)
        ctx = context if context is not None else getcontext()
        if self._special or other._special:
            nan = _nan_result(ctx, self, other)
            if nan is not None:
                return nan
        c = _cmp(self, other)
        if c == 0:
            return self.copy_sign(other)
        result = self._next(ctx, c < 0)
        if result._special == 'F':
            ctx._raise(Inexact)
            ctx._raise(Rounded)
            ctx._raise(Overflow)
        elif result.adjusted() < ctx.Emin:
            ctx._raise(Underflow)
            ctx._raise(Subnormal)
            ctx._raise(Inexact)
            ctx._raise(Rounded)
            if result._int == '0':
                ctx._raise(Clamped)
        return result

    def __format__(self, spec, _localeconv=None):
        return _format_decimal(self, spec, _localeconv)


def _convert(other, raise_type=False):
    """other as a Decimal: Decimals and ints convert; anything else gives
    NotImplemented (or TypeError when raise_type)."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if raise_type:
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(other).__name__)
    return NotImplemented


def _compare_operands(self, other, op):
    """(a, b) whose comparison is that of self with other, or
    NotImplemented."""
    if isinstance(other, Decimal):
        return self, other
    if isinstance(other, int):
        return self, Decimal(other)
    if isinstance(other, float):
        ctx = getcontext()
        if op in ('eq', 'ne'):
            dict.__setitem__(ctx.flags, FloatOperation, True)
        else:
            ctx._raise(FloatOperation, 'strict semantics for mixing floats '
                       'and Decimals are enabled')
        d = object.__new__(Decimal)
        d._special = None
        return self, Decimal._from_float_into(d, other)
    if isinstance(other, complex) and op in ('eq', 'ne'):
        if other.imag != 0:
            return None
        return _compare_operands(self, other.real, op)
    if isinstance(other, _numbers.Rational):
        num = Decimal(other.numerator)
        if self._special:
            return self, num
        # self < n/d exactly when self * d < n (d > 0).
        scaled = _new(self._sign, str(int(self._int) * other.denominator),
                      self._exp)
        return scaled, num
    return NotImplemented


def _fix_nan(nan, ctx):
    """A NaN with its payload cut to what the context can hold."""
    payload = nan._int
    room = ctx.prec - ctx.clamp
    if len(payload) > room:
        payload = payload[len(payload) - room:].lstrip('0')
        return _new(nan._sign, payload, 0, nan._special)
    return nan


def _nan_result(ctx, *operands):
    """The result of an operation with NaN operands, or None without."""
    for x in operands:
        if x._special == 'N':
            return ctx._raise(InvalidOperation, 'sNaN',
                              _fix_nan(_new(x._sign, x._int, 0, 'n'), ctx))
    for x in operands:
        if x._special == 'n':
            return _fix_nan(x, ctx)
    return None


def _cmp(a, b):
    """-1, 0 or 1 as a < b, a == b, a > b (neither a NaN)."""
    if a._special == 'F' or b._special == 'F':
        ka = (-1 if a._sign else 1) * (2 if a._special == 'F' else
                                        (0 if a._int == '0' else 1))
        kb = (-1 if b._sign else 1) * (2 if b._special == 'F' else
                                        (0 if b._int == '0' else 1))
        if ka != kb or abs(ka) == 2:
            return (ka > kb) - (ka < kb)
    a_zero = a._int == '0'
    b_zero = b._int == '0'
    if a_zero or b_zero:
        if a_zero and b_zero:
            return 0
        if a_zero:
            return 1 if b._sign else -1
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    adj_a, adj_b = a.adjusted(), b.adjusted()
    if adj_a != adj_b:
        c = 1 if adj_a > adj_b else -1
    else:
        n = max(len(a._int), len(b._int))
        x, y = a._int.ljust(n, '0'), b._int.ljust(n, '0')
        c = (x > y) - (x < y)
    return -c if a._sign else c


def _add(a, b, ctx):
    """Sum of two finite Decimals, rounded to ctx."""
    prec = ctx.prec
    if a._int == '0' or b._int == '0':
        if a._int == '0' and b._int == '0':
            sign = a._sign if a._sign == b._sign else \
                (1 if ctx.rounding == ROUND_FLOOR else 0)
            return _finish(sign, 0, min(a._exp, b._exp), ctx)
        zero, x = (a, b) if a._int == '0' else (b, a)
        exp = max(min(zero._exp, x._exp), x._exp - prec - 1)
        return _finish(x._sign, int(x._int) * 10 ** (x._exp - exp)
                       if x._exp > exp else int(x._int), min(exp, x._exp),
                       ctx)
    if a._exp < b._exp:
        a, b = b, a
    # a has the larger exponent; an operand far below the other's last
    # digit that can matter only counts as a sticky unit.
    limit = min(a._exp, a.adjusted() - prec - 1) - 1
    if b.adjusted() < limit:
        b = _new(b._sign, '1', limit)
    exp = b._exp
    x = int(a._int) * 10 ** (a._exp - exp)
    y = int(b._int)
    total = (-x if a._sign else x) + (-y if b._sign else y)
    if total == 0:
        sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _finish(sign, 0, exp, ctx)
    return _finish(1 if total < 0 else 0, abs(total), exp, ctx)


def _divide(sign, a, b, ctx):
    """a / b for finite a, b with b nonzero."""
    ideal = a._exp - b._exp
    if a._int == '0':
        return _finish(sign, 0, ideal, ctx)
    ca, cb = int(a._int), int(b._int)
    shift = len(b._int) - len(a._int) + ctx.prec + 1
    exp = ideal - shift
    if shift >= 0:
        q, r = divmod(ca * 10 ** shift, cb)
    else:
        q, r = divmod(ca, cb * 10 ** -shift)
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _finish(sign, q, exp, ctx)


def _integer_quotient(a, b, ctx):
    """trunc(|a| / |b|) for finite a, b (b nonzero), or None when it has
    more digits than the precision."""
    if a._int == '0':
        return 0
    gap = a.adjusted() - b.adjusted()
    if gap < -1:
        return 0
    if gap > ctx.prec:
        return None
    exp = min(a._exp, b._exp)
    x = int(a._int) * 10 ** (a._exp - exp)
    y = int(b._int) * 10 ** (b._exp - exp)
    q = x // y
    if q and len(str(q)) > ctx.prec:
        return None
    return q


def _remainder_from(a, b, q, ctx):
    """a - b * q (sign of a, q the truncated quotient of |a| / |b|)."""
    exp = min(a._exp, b._exp)
    if a._int == '0':
        return _finish(a._sign, 0, exp, ctx)
    if q == 0:
        return _finish(a._sign, int(a._int), a._exp, ctx) if \
            a._exp == exp else _finish(a._sign, int(a._int) *
                                       10 ** (a._exp - exp), exp, ctx)
    x = int(a._int) * 10 ** (a._exp - exp)
    y = int(b._int) * 10 ** (b._exp - exp)
    return _finish(a._sign, x - y * q, exp, ctx)


def _prec_digits(digits, prec):
    """digits padded with zeros or cut on the left to exactly prec."""
    if len(digits) < prec:
        return digits.rjust(prec, '0')
    return digits[len(digits) - prec:]


def _sqrt(c, e, ideal, ctx):
    """Square root of c * 10**e (c > 0)."""
    prec = ctx.prec
    if e & 1:
        c *= 10
        e -= 1
    # Scale c by 100**s so that its root has at least prec + 1 digits.
    s = prec + 1 - (len(str(c)) + 1) // 2
    if s >= 0:
        scaled = c * 100 ** s
        exact_scale = True
    else:
        scaled, rest = divmod(c, 100 ** -s)
        exact_scale = rest == 0
    root = _math.isqrt(scaled)
    exp = e // 2 - s
    if root * root == scaled and exact_scale:
        while exp < ideal and root % 10 == 0:
            root //= 10
            exp += 1
    elif root % 5 == 0:
        root += 1
    return _finish(0, root, exp, ctx)


# -- correctly rounded transcendental functions --
#
# The approximations are fixed point integers: _ln_fixed gives ln x times
# 10**w, _exp_fixed gives exp z as m * 10**e with w significant digits. Each
# is within a few units of its last digit; _ziv keeps asking for more digits
# until the interval around the approximation rounds one way only.

_LN10_CACHE = [0, 0]


def _ln10(w):
    """ln(10) * 10**w, to within one unit."""
    if _LN10_CACHE[0] >= w:
        return _LN10_CACHE[1] // 10 ** (_LN10_CACHE[0] - w)
    g = w + 10
    value = _ln_mantissa(10 * 10 ** g, g) // 10 ** 10
    _LN10_CACHE[0], _LN10_CACHE[1] = w, value
    return value


def _ln_mantissa(m, w):
    """ln(m / 10**w) * 10**w for m / 10**w in about [0.1, 10]; within a few
    units."""
    g = w + 12
    one = 10 ** g
    x = m * 10 ** 12
    # Square roots bring x near 1, so that the atanh series converges fast.
    roots = 0
    near = one // 1000
    while abs(x - one) > near:
        x = _math.isqrt(x * one)
        roots += 1
    u = (x - one) * one // (x + one)
    u2 = u * u // one
    total, term, k = u, u, 1
    while term:
        term = term * u2 // one
        k += 2
        total += term // k
    return (total * 2 << roots) // 10 ** 12


def _ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w, within a few units (c > 0)."""
    n = len(str(c))
    k = e + n - 1
    wk = w + len(str(abs(k))) + 2
    shift = wk - n + 1
    m = c * 10 ** shift if shift >= 0 else c // 10 ** -shift
    total = _ln_mantissa(m, wk) + k * _ln10(wk)
    return total // 10 ** (wk - w)


def _exp_fixed(n, s, w):
    """exp(n / 10**s) as (m, e): m * 10**e within a few units of m's last
    digit, m having about w digits. |n / 10**s| must be moderate (its
    integer part of at most ~20 digits)."""
    intdigits = len(str(abs(n) // 10 ** s)) if s >= 0 else len(str(abs(n)))
    g = w + 12
    gg = g + intdigits + 2
    ln10 = _ln10(gg)
    z = n * 10 ** (gg - s) if gg >= s else n // 10 ** (s - gg)
    t = z * 10 ** gg // ln10
    k = t // 10 ** gg
    f = t - k * 10 ** gg
    y = f * ln10 // 10 ** gg // 10 ** (gg - g)
    one = 10 ** g
    # exp(y) = exp(y / 2**r) ** (2**r).
    r = 8
    h = (y >> r)
    total, term, i = one, one, 0
    while term:
        i += 1
        term = term * h // (one * i)
        total += term
    for _ in range(r):
        total = total * total // one
    return total // 10 ** 12, k - w


def _ziv(approx, sign, ctx, start):
    """Round the value approximated by approx(w) -> (m, e) (|error| < 2
    units of 10**e) correctly to ctx, giving more digits until it is
    decided."""
    quiet = ctx._quiet()
    w = start
    while True:
        m, e = approx(w)
        lo = _finish(sign, m - 2, e, quiet)
        hi = _finish(sign, m + 2, e, quiet)
        if lo._int == hi._int and lo._exp == hi._exp and \
                lo._special == hi._special:
            break
        if w > 4 * start + 40:
            # An exact result on a rounding boundary: decided by m.
            break
        w += max(w // 2, 10)
    return _finish(sign, m * 10 + 1, e - 1, ctx)


def _half_even(ctx, fn, *args):
    """fn(*args) rounded half-even whatever ctx says, as exp, ln and
    log10 always are."""
    saved = ctx.rounding
    object.__setattr__(ctx, 'rounding', ROUND_HALF_EVEN)
    try:
        return fn(*args)
    finally:
        object.__setattr__(ctx, 'rounding', saved)


def _exp(x, ctx):
    """exp(x) for finite nonzero x."""
    prec = ctx.prec
    adj = x.adjusted()
    if adj < -(prec + 2):
        # exp(x) is 1 + x + ..., within a rounding of 1.
        if x._sign:
            return _finish(0, 10 ** (prec + 2) - 1, -(prec + 2), ctx)
        return _finish(0, 10 ** (prec + 2) + 1, -(prec + 2), ctx)
    bound = len(str(max(ctx.Emax, -ctx.Etiny(), 1))) + 1
    if adj >= bound:
        if x._sign:
            return _finish(0, 1, ctx.Etiny() - 2, ctx)
        return _finish(0, 1, ctx.Emax + 1, ctx)
    c = int(x._int)
    n = -c if x._sign else c
    s = -x._exp
    if s < 0:
        n *= 10 ** -s
        s = 0
    return _ziv(lambda w: _exp_fixed(n, s, w), 0, ctx, prec + 3)


def _log(x, ctx, base10):
    """ln(x) or log10(x) for finite x > 0, not 1 (nor a power of ten for
    log10)."""
    prec = ctx.prec
    c, e = int(x._int), x._exp

    adj = x.adjusted()
    extra = len(str(abs(adj))) + 3

    def approx(w):
        # w absolute digits, computed with guard digits for the division
        # by ln(10) and the size of the result.
        wg = w + extra
        v = _ln_fixed(c, e, wg)
        if base10:
            v = v * 10 ** wg // _ln10(wg)
        return v // 10 ** extra, -w

    start = prec + 3
    if adj in (0, -1):
        start += max(0, -_abs_diff_one(x))
    return _ziv_signed(approx, ctx, start)


def _abs_diff_one(x):
    """The adjusted exponent of |x - 1| (x finite, nonzero)."""
    c, e = int(x._int), x._exp
    if e >= 0:
        d = abs(c * 10 ** e - 1)
        return len(str(d)) - 1 if d else 0
    d = abs(c - 10 ** -e)
    if d == 0:
        return 0
    return len(str(d)) - 1 + e


def _ziv_signed(approx, ctx, start):
    """_ziv for an approximation that may be of either sign."""
    quiet = ctx._quiet()
    w = start
    while True:
        m, e = approx(w)
        sign = 1 if m < 0 else 0
        a = abs(m)
        lo = _finish(sign, max(a - 3, 0), e, quiet)
        hi = _finish(sign, a + 3, e, quiet)
        if a > 3 and lo._int == hi._int and lo._exp == hi._exp and \
                lo._special == hi._special:
            break
        if w > 4 * start + 40 and a > 3:
            break
        w += max(w // 2, 10)
    return _finish(sign, a * 10 + 1, e - 1, ctx)


def _is_integral(d):
    """Whether finite d is an integer."""
    if d._exp >= 0 or d._int == '0':
        return True
    return d._int[d._exp:].strip('0') == ''


def _power(x, y, ctx):
    if x._special or y._special:
        nan = _nan_result(ctx, x, y)
        if nan is not None:
            return nan
    if y._special is None and y._int == '0':
        if x._special is None and x._int == '0':
            return ctx._raise(InvalidOperation, '0 ** 0', _NaN)
        return _ONE
    y_integral = y._special is None and _is_integral(y)
    odd = y_integral and y._exp <= 0 and int(y) & 1 == 1
    sign = x._sign if odd else 0
    if x._sign and not y_integral and not (x._int == '0' and
                                           x._special is None):
        return ctx._raise(InvalidOperation, 'x ** y with x negative and y '
                          'not an integer', _NaN)
    if x._special is None and x._int == '0':
        if y._sign:
            return _new(sign, '0', 0, 'F')
        return _new(sign, '0', 0)
    if x._special == 'F':
        if y._sign:
            return _new(sign, '0', 0)
        return _new(sign, '0', 0, 'F')
    # x is finite and nonzero from here.
    xc, xe = int(x._int), x._exp
    x_is_one = x._int.rstrip('0') == '1' and x.adjusted() == 0
    if y._special == 'F':
        if x_is_one:
            return _inexact_one(ctx)
        big = x.adjusted() >= 0 and not x_is_one
        if big == (y._sign == 0):
            return _new(0, '0', 0, 'F')
        return _new(0, '0', 0)
    if y_integral:
        result = _power_exact_integer(x, y, sign, ctx)
        if result is not None:
            return result
    elif x_is_one:
        return _inexact_one(ctx)
    # exp(y * ln|x|), with an early answer for results far out of range.
    up = x.adjusted() >= 0 and not x_is_one
    estimate = _log10_magnitude(x, y)
    limit = len(str(max(ctx.Emax, -ctx.Etiny(), 1))) + 1
    if estimate is not None and estimate > limit:
        if up != (y._sign == 1):
            return _finish(sign, 1, ctx.Emax + 1, ctx)
        return _finish(sign, 1, ctx.Etiny() - 2, ctx)
    if _log_magnitude_bound(x, y) < -(ctx.prec + 3):
        # y * ln|x| is tiny: the result is within a rounding of 1.
        below = up == (y._sign == 1)
        digits = ctx.prec + 3
        return _finish(0, 10 ** digits + (-1 if below else 1), -digits, ctx)
    yc = -int(y._int) if y._sign else int(y._int)
    ye = y._exp

    def approx(w):
        wl = w + max(0, y.adjusted() + 1) + 3
        lnx = _ln_fixed(xc, xe, wl)
        n, s = lnx * yc, wl - ye
        if s < 0:
            n, s = n * 10 ** -s, 0
        return _exp_fixed(n, s, w)

    return _ziv(approx, sign, ctx, ctx.prec + 3)


def _inexact_one(ctx):
    """1 to the full precision, as 1 ** y gives for a non-integer y."""
    ctx._raise(Inexact)
    ctx._raise(Rounded)
    return _new(0, '1' + '0' * (ctx.prec - 1), 1 - ctx.prec)


def _log_magnitude_bound(x, y):
    """An upper bound of the adjusted exponent of y * ln|x|."""
    adj = x.adjusted()
    if adj in (0, -1):
        ln_adj = min(0, _abs_diff_one(x) + 1)
    else:
        ln_adj = len(str(abs(adj) + 1))
    return y.adjusted() + ln_adj + 1


def _log10_magnitude(x, y):
    """About log10(|log10(|x| ** y)|), or None when that is small."""
    adj = x.adjusted()
    if adj not in (0, -1):
        lx = len(str(abs(adj)))
    else:
        d = _abs_diff_one(x)
        lx = d if d < 0 else 0
    m = y.adjusted() + lx
    return m if m > 2 else None


def _power_exact_integer(x, y, sign, ctx):
    """x ** y for an integral y when the exact value is affordable, else
    None."""
    n = int(y)
    xc, xe = int(x._int), x._exp
    digits = len(x._int)
    if x._int.rstrip('0') == '1':
        # A power of ten: exact, the coefficient a power of ten too.
        if n < 0:
            return _finish(sign, 1, x.adjusted() * n, ctx)
        zeros = (len(x._int) - 1) * n
        exp = xe * n
        if zeros > ctx.prec + 2:
            exp += zeros - (ctx.prec + 2)
            zeros = ctx.prec + 2
        return _finish(sign, 10 ** zeros, exp, ctx)
    if digits * abs(n) > max(4 * ctx.prec, 2000):
        return None
    if n > 0:
        return _finish(sign, xc ** n, xe * n, ctx)
    denom = _new(0, str(xc ** -n), xe * -n)
    quiet = ctx._quiet()
    result = _divide(sign, _ONE, denom, quiet)
    for s in _SIGNALS:
        if quiet.flags[s]:
            ctx._raise(s)
    return result


def _power_modulo(x, y, m, ctx):
    nan = _nan_result(ctx, x, y, m)
    if nan is not None:
        return nan
    if not (_is_integral(x) and _is_integral(y) and _is_integral(m)) or \
            x._special or y._special or m._special:
        return ctx._raise(InvalidOperation, 'pow() 3rd argument not allowed '
                          'unless all arguments are integers', _NaN)
    if y._sign and y._int != '0':
        return ctx._raise(InvalidOperation, 'pow() 2nd argument cannot be '
                          'negative when 3rd argument specified', _NaN)
    if m._int == '0':
        return ctx._raise(InvalidOperation, 'pow() 3rd argument cannot be 0',
                          _NaN)
    if len(str(abs(int(m)))) > ctx.prec:
        return ctx._raise(InvalidOperation, 'insufficient precision: pow() '
                          '3rd argument must not have more than precision '
                          'digits', _NaN)
    if x._int == '0' and y._int == '0':
        return ctx._raise(InvalidOperation, 'at least one of pow() 1st '
                          'argument and 2nd argument must be nonzero', _NaN)
    mod = abs(int(m))
    # Reduce x and y without building the (possibly huge) integers.
    base = int(x._int) % mod * pow(10, x._exp, mod) % mod if x._exp > 0 \
        else abs(int(x)) % mod
    yc = int(y._int)
    if y._exp > 0:
        odd = False
        result = pow(base, yc, mod)
        for _ in range(y._exp):
            result = pow(result, 10, mod)
    else:
        e = int(y)
        odd = e & 1 == 1
        result = pow(base, e, mod)
    sign = x._sign if odd else 0
    return _new(sign, str(result), 0)


def _total_cmp(x, y):
    """compare_total of x and y as -1, 0 or 1."""
    if x._sign != y._sign:
        return -1 if x._sign else 1
    c = _total_cmp_abs(x, y)
    return -c if x._sign else c


_TOTAL_RANK = {None: 0, 'F': 1, 'N': 2, 'n': 3}


def _total_cmp_abs(x, y):
    rx, ry = _TOTAL_RANK[x._special], _TOTAL_RANK[y._special]
    if rx != ry:
        return -1 if rx < ry else 1
    if rx == 0:
        c = _cmp(x.copy_abs(), y.copy_abs())
        if c:
            return c
        return (x._exp > y._exp) - (x._exp < y._exp)
    if rx == 1:
        return 0
    px, py = int(x._int or '0'), int(y._int or '0')
    return (px > py) - (px < py)


# -- format() --

def _parse_format_spec(spec):
    """The fields of a format spec, or ValueError."""
    fill, align = ' ', None
    i = 0
    if len(spec) >= 2 and spec[1] in '<>=^':
        fill, align, i = spec[0], spec[1], 2
    elif spec[:1] in ('<', '>', '=', '^'):
        align, i = spec[0], 1
    sign = '-'
    if spec[i:i + 1] in ('+', '-', ' '):
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if spec[i:i + 1] == 'z':
        no_neg_zero = True
        i += 1
    zeropad = False
    if spec[i:i + 1] == '0':
        zeropad = True
        i += 1
    start = i
    while spec[i:i + 1].isdigit() and spec[i].isascii():
        i += 1
    width = int(spec[start:i]) if i > start else None
    grouping = False
    if spec[i:i + 1] == ',':
        grouping = True
        i += 1
    prec = None
    if spec[i:i + 1] == '.':
        i += 1
        start = i
        while spec[i:i + 1].isdigit() and spec[i].isascii():
            i += 1
        if i == start:
            raise ValueError('invalid format string')
        prec = int(spec[start:i])
    typ = None
    if i < len(spec):
        typ = spec[i]
        i += 1
        if typ not in 'eEfFgGn%':
            raise ValueError('invalid format string')
    if i != len(spec):
        raise ValueError('invalid format string')
    return fill, align, sign, no_neg_zero, zeropad, width, grouping, prec, typ


def _group_digits(digits, sep, min_width, grouping=(3, 0)):
    """digits with sep between groups (sizes from the locale-style grouping
    list: 0 repeats the last size, CHAR_MAX ends the grouping),
    zero-padded on the left to at least min_width characters."""
    while True:
        parts = []
        rest = digits
        sizes = list(grouping)
        size = 3
        while True:
            if sizes:
                size = sizes.pop(0)
                if size == 0:
                    size = last
                    sizes = [0]
                elif size >= 127:
                    break
            last = size
            if len(rest) <= size:
                break
            parts.append(rest[-size:])
            rest = rest[:-size]
        parts.append(rest)
        text = sep.join(reversed(parts))
        if len(text) >= min_width:
            return text
        digits = '0' + digits


def _format_decimal(d, spec, conv=None):
    (fill, align, sign_opt, no_neg_zero, zeropad, width, grouping, prec,
     typ) = _parse_format_spec(spec)
    ctx = getcontext()
    point, sep, sizes = '.', ',', (3, 0)
    if typ == 'n':
        if conv is None:
            import locale as _locale
            conv = _locale.localeconv()
        point = conv.get('decimal_point', '.')
        sep = conv.get('thousands_sep', '')
        sizes = conv.get('grouping', [])
        if isinstance(sizes, str):
            sizes = [ord(ch) for ch in sizes]
        grouping = bool(sep) and bool(sizes)
    if typ is None:
        typ = 'G' if ctx.capitals else 'g'
    elif typ == 'n':
        typ = 'g'
    sign = d._sign
    if d._special:
        body = str(d.copy_abs())
        if typ == '%':
            body += '%'
        zeropad = False
    else:
        if typ == '%':
            d = _new(d._sign, d._int, d._exp + 2)
        body = _format_number(d, typ, prec, ctx.rounding,
                              (sep, sizes) if grouping else None,
                              point, zeropad, width, sign, sign_opt)
        if no_neg_zero and _is_zero_text(body):
            sign = 0
    sign_text = '-' if sign else ('' if sign_opt == '-' else sign_opt)
    if zeropad and align is None:
        fill, align = '0', '='
    if align is None:
        align = '>'
    text = sign_text + body
    if width is None or len(text) >= width:
        return text
    pad = width - len(text)
    if align == '<':
        return text + fill * pad
    if align == '>':
        return fill * pad + text
    if align == '=':
        return sign_text + fill * pad + body
    left = pad // 2
    return fill * left + text + fill * (pad - left)


def _is_zero_text(body):
    mant = body.split('e')[0].split('E')[0]
    return not any(ch in '123456789' for ch in mant)


def _format_number(d, typ, prec, rounding, grouping, point, zeropad, width,
                   sign, sign_opt):
    """The text of a finite |d| for a format type, without the sign."""
    if prec is not None:
        if typ in 'eE':
            if d._int != '0':
                d = _round_significant(d, prec + 1, rounding)
                if len(d._int) < prec + 1:
                    pad = prec + 1 - len(d._int)
                    d = _new(d._sign, d._int + '0' * pad, d._exp - pad)
        elif typ in 'fF%':
            d = d._rescale(-prec, rounding)
        elif typ in 'gG':
            if prec == 0:
                prec = 1
            if len(d._int) > prec:
                d = _round_significant(d, prec, rounding)
    if typ in 'fF%' and d._int == '0' and d._exp > 0:
        d = _new(d._sign, '0', 0)
    coeff = d._int
    leftdigits = d._exp + len(coeff)
    if typ in 'eE':
        dotplace = 1 - prec if (d._int == '0' and prec is not None) else 1
    elif typ in 'fF%':
        dotplace = leftdigits
    elif d._exp <= 0 and leftdigits > -6:
        dotplace = leftdigits
    else:
        dotplace = 1
    if dotplace <= 0:
        intpart = '0'
        fracpart = '0' * (-dotplace) + coeff
    elif dotplace >= len(coeff):
        intpart = coeff + '0' * (dotplace - len(coeff))
        fracpart = ''
    else:
        intpart = coeff[:dotplace]
        fracpart = coeff[dotplace:]
    if leftdigits == dotplace and typ not in 'eE':
        exp = ''
    else:
        echar = 'e' if typ in 'eg' else 'E'
        exp = echar + '%+d' % (leftdigits - dotplace)
    tail = (point + fracpart if fracpart else '') + exp + \
        ('%' if typ == '%' else '')
    if grouping:
        min_width = 0
        if zeropad and width is not None:
            has_sign = 1 if (sign or sign_opt in '+ ') else 0
            min_width = width - has_sign - len(tail)
        intpart = _group_digits(intpart, grouping[0], min_width,
                                grouping[1])
    return intpart + tail


def _round_significant(d, digits, rounding):
    """d rounded to the given number of significant digits."""
    drop = len(d._int) - digits
    if drop <= 0:
        return d
    rounded = d._rescale(d._exp + drop, rounding)
    if len(rounded._int) > digits:
        rounded = _new(rounded._sign, rounded._int[:-1], rounded._exp + 1)
    return rounded


_NaN = _new(0, '', 0, 'n')
_ZERO = _new(0, '0', 0)
_ONE = _new(0, '1', 0)
_ONE_NEG = _new(1, '1', 0)

_numbers.Number.register(Decimal)

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999, Emin=-999999, capitals=1,
                         clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[],
                          flags=[])
