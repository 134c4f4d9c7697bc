"""locale: the C locale only (Pipit has no others); encodings are UTF-8."""

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error', 'setlocale',
           'resetlocale', 'localeconv', 'strcoll', 'strxfrm', 'str', 'atof', 'atoi',
           'format_string', 'currency', 'normalize', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME',
           'LC_MONETARY', 'LC_NUMERIC', 'LC_ALL', 'LC_MESSAGES', 'CHAR_MAX',
           'getencoding']

LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = 0, 1, 2, 3, 4, 5, 6
CHAR_MAX = 127


class Error(Exception):
    pass


def setlocale(category, locale=None):
    if locale and locale not in ('C', 'POSIX', '', 'C.UTF-8', 'C.utf8', ('C', None)):
        raise Error('unsupported locale setting')
    return 'C.UTF-8' if category in (LC_CTYPE, LC_ALL) else 'C'


def resetlocale(category=LC_ALL):
    pass


def getlocale(category=LC_CTYPE):
    return ('C', 'UTF-8') if category == LC_CTYPE else (None, None)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    return (None, 'UTF-8')


def getpreferredencoding(do_setlocale=True):
    return 'UTF-8'


def getencoding():
    return 'UTF-8'


def localeconv():
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX,
            'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def normalize(localename):
    return localename


def format_string(f, val, grouping=False, monetary=False):
    return f % val


def str(val):
    return '%.12g' % val


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(string)


def atoi(string):
    return int(string)
