"""Locale support module.

minipy's frozen locale emulates the C library's locale state in Python.
Only the locales every glibc system has are available: "C", "POSIX" and
"C.UTF-8" (also spelled "C.utf8"); they all use the C conventions, so
localeconv(), format_string(), currency(), str(), atof() and atoi() behave
as CPython's do in the C locale.  Setting any other locale raises
locale.Error("unsupported locale setting").  As CPython does at start-up,
LC_CTYPE starts from the environment, with a C / POSIX locale coerced to
C.UTF-8 (PEP 538); the other categories start as "C".

Left out: normalize, getdefaultlocale, resetlocale, the deprecated format,
bindtextdomain / gettext and friends.
"""

import os
import sys

__all__ = ["getlocale", "getpreferredencoding", "Error",
           "setlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES",
           "delocalize", "localize"]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127


class Error(Exception):
    pass


# glibc's categories, in the order of its composite LC_ALL names; the last
# six have no Python constant but take part in LC_ALL.
_GLIBC_ORDER = [(LC_CTYPE, 'LC_CTYPE'), (LC_NUMERIC, 'LC_NUMERIC'),
                (LC_TIME, 'LC_TIME'), (LC_COLLATE, 'LC_COLLATE'),
                (LC_MONETARY, 'LC_MONETARY'), (LC_MESSAGES, 'LC_MESSAGES'),
                (7, 'LC_PAPER'), (8, 'LC_NAME'), (9, 'LC_ADDRESS'),
                (10, 'LC_TELEPHONE'), (11, 'LC_MEASUREMENT'),
                (12, 'LC_IDENTIFICATION')]
_ENV_NAMES = dict(_GLIBC_ORDER)

# Locale names accepted by setlocale, and the encoding each implies.
_AVAILABLE = {'C': 'ANSI_X3.4-1968', 'POSIX': 'ANSI_X3.4-1968',
              'C.UTF-8': 'UTF-8', 'C.utf8': 'UTF-8'}


def _env_locale(category):
    """The locale name setlocale(category, "") picks from the environment."""
    for var in ('LC_ALL', _ENV_NAMES[category], 'LANG'):
        value = os.environ.get(var)
        if value:
            return value
    return 'C'


def _initial_state():
    state = {cat: 'C' for cat, name in _GLIBC_ORDER}
    ctype = _env_locale(LC_CTYPE)
    coerced = False
    if os.environ.get('LC_ALL'):
        if ctype in _AVAILABLE:
            state[LC_CTYPE] = 'C' if ctype == 'POSIX' else ctype
    elif ctype in ('C', 'POSIX') or ctype not in _AVAILABLE:
        # PEP 538: the legacy C locale is coerced to C.UTF-8.
        state[LC_CTYPE] = 'C.UTF-8'
        coerced = True
    else:
        state[LC_CTYPE] = ctype
    return state, coerced


_state, _coerced = _initial_state()
# PEP 540: the UTF-8 mode follows from a C locale at start-up.
_utf8_mode = (_coerced or _state[LC_CTYPE] == 'C' or
              os.environ.get('PYTHONUTF8') == '1')


def _check_category(category, query):
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(category).__name__)
    if category != LC_ALL and category not in _ENV_NAMES:
        raise Error("locale query failed" if query
                    else "unsupported locale setting")


def _query(category):
    if category != LC_ALL:
        return _state[category]
    names = [_state[cat] for cat, name in _GLIBC_ORDER]
    if all(n == names[0] for n in names):
        return names[0]
    return ';'.join('%s=%s' % (name, _state[cat]) for cat, name in _GLIBC_ORDER)


def _canonical(name):
    if name not in _AVAILABLE:
        raise Error("unsupported locale setting")
    return 'C' if name == 'POSIX' else name


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def setlocale(category, locale=None):
    """Set the locale for the given category.  The locale can be
    a string, an iterable of two strings (language code and encoding),
    or None.

    Iterables are converted to strings using the locale aliasing
    engine.  Locale strings are passed directly to the C lib.

    category may be given as one of the LC_* values.
    """
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = _build_localename(locale)
    _check_category(category, locale is None)
    if locale is None:
        return _query(category)
    cats = [c for c, n in _GLIBC_ORDER] if category == LC_ALL else [category]
    if locale == '':
        new = {c: _env_locale(c) for c in cats}
        if LC_CTYPE in new and _coerced:
            new[LC_CTYPE] = 'C.UTF-8'
        new = {c: _canonical(n) for c, n in new.items()}
    else:
        name = _canonical(locale)
        new = {c: name for c in cats}
    _state.update(new)
    if category == LC_ALL and locale != '':
        return name if locale != 'POSIX' else 'C'
    return _query(category)


# What getlocale reports for the available names (CPython 3.11's alias
# table maps C.UTF-8 to en_US.UTF-8).
_PARSED = {'C': (None, None), 'POSIX': (None, None),
           'C.UTF-8': ('en_US', 'UTF-8'), 'C.utf8': ('en_US', 'UTF-8')}


def getlocale(category=LC_CTYPE):
    """ Returns the current setting for the given locale category as
        tuple (language code, encoding).

        category may be one of the LC_* value except LC_ALL. It
        defaults to LC_CTYPE.

        Except for the code 'C', the language code corresponds to RFC
        1766.  code and encoding can be None in case the values cannot
        be determined.
    """
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _PARSED[localename]


def getencoding():
    """Get the current locale encoding (of the LC_CTYPE category)."""
    return _AVAILABLE[_state[LC_CTYPE]]


def getpreferredencoding(do_setlocale=True):
    """Return the charset that the user is likely using."""
    if _utf8_mode:
        return 'utf-8'
    return getencoding()


def localeconv():
    """ Returns numeric and monetary locale-specific parameters
    (those of the C locale).
    """
    return {'int_curr_symbol': '', 'currency_symbol': '',
            'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '',
            'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(os1, os2):
    """Compares two strings according to the locale (code points in C)."""
    if not isinstance(os1, _builtin_str):
        raise TypeError("strcoll() argument 1 must be str, not %s"
                        % type(os1).__name__)
    if not isinstance(os2, _builtin_str):
        raise TypeError("strcoll() argument must be str")
    return (os1 > os2) - (os1 < os2)


def strxfrm(string):
    """Return a string that can be used as a key for locale-aware
    comparisons (the string itself in the C locale)."""
    if not isinstance(string, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s"
                        % type(string).__name__)
    return string


# --- number formatting ----------------------------------------------------

def _grouping_intervals(grouping):
    last_interval = None
    for interval in grouping:
        if interval == CHAR_MAX:
            return
        if interval == 0:
            if last_interval is None:
                raise ValueError("invalid grouping")
            while True:
                yield last_interval
        yield interval
        last_interval = interval


def _group(s, monetary=False):
    """Insert the thousands separator into the integer part s; return the
    new string and the number of separators added."""
    conv = localeconv()
    thousands_sep = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    grouping = conv['mon_grouping' if monetary else 'grouping']
    if not grouping:
        return (s, 0)
    if s[-1] == ' ':
        stripped = s.rstrip()
        right_spaces = s[len(stripped):]
        s = stripped
    else:
        right_spaces = ''
    left_spaces = ''
    groups = []
    for interval in _grouping_intervals(grouping):
        if not s or s[-1] not in "0123456789":
            left_spaces = s
            s = ''
            break
        groups.append(s[-interval:])
        s = s[:-interval]
    if s:
        groups.append(s)
    groups.reverse()
    return (left_spaces + thousands_sep.join(groups) + right_spaces,
            len(thousands_sep) * (len(groups) - 1))


def _strip_padding(s, amount):
    # Grouping made the field wider: give back the padding it had.
    lpos = 0
    while amount and s[lpos] == ' ':
        lpos += 1
        amount -= 1
    rpos = len(s) - 1
    while amount and s[rpos] == ' ':
        rpos -= 1
        amount -= 1
    return s[lpos:rpos + 1]


def _localize_number(formatted, grouping, monetary):
    parts = formatted.split('.')
    seps = 0
    if grouping:
        parts[0], seps = _group(parts[0], monetary=monetary)
    conv = localeconv()
    decimal_point = conv['mon_decimal_point' if monetary else 'decimal_point']
    formatted = decimal_point.join(parts)
    if seps:
        formatted = _strip_padding(formatted, seps)
    return formatted


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    if percent[-1] in 'eEfFgGdiu':
        formatted = _localize_number(formatted, grouping, monetary)
    return formatted


_percent_re = None


def _percent_pattern():
    global _percent_re
    if _percent_re is None:
        import re
        _percent_re = re.compile(r'%(?:\((?P<key>.*?)\))?'
                                 r'(?P<modifiers>[-#0-9 +*.hlL]*?)'
                                 r'[eEfFgGdiouxXcrs%]')
    return _percent_re


def format_string(f, val, grouping=False, monetary=False):
    """Formats a string in the same way that the % formatting would use,
    but takes the current locale into account.

    Grouping is applied if the third parameter is true.
    Conversion uses monetary thousands separator and grouping strings if
    forth parameter monetary is true."""
    pattern = _percent_pattern()
    percents = list(pattern.finditer(f))
    new_f = pattern.sub('%s', f)
    pieces = []
    if hasattr(val, 'keys') and hasattr(val, '__getitem__'):
        for perc in percents:
            spec = perc.group()
            if spec[-1] == '%':
                pieces.append('%')
            else:
                pieces.append(_format(spec, val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        i = 0
        for perc in percents:
            spec = perc.group()
            if spec[-1] == '%':
                pieces.append('%')
                continue
            stars = perc.group('modifiers').count('*')
            pieces.append(_format(spec, val[i], grouping, monetary,
                                  *val[i + 1:i + 1 + stars]))
            i += 1 + stars
    return new_f % tuple(pieces)


def currency(val, symbol=True, grouping=False, international=False):
    """Formats val according to the currency settings
    in the current locale."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    # Every available locale is a C locale, which has no currency format.
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    raise NotImplementedError("currency formatting")


def str(val):
    """Convert float to string, taking the locale into account."""
    return _format("%.12g", val)


def delocalize(string):
    "Parses a string as a normalized number according to the locale settings."
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """Parses a string as locale number according to the locale settings."""
    return _localize_number(string, grouping, monetary)


def atof(string, func=float):
    "Parses a string as a float according to the locale settings."
    return func(delocalize(string))


def atoi(string):
    "Converts a string to an integer according to the locale settings."
    return int(delocalize(string))


# --- nl_langinfo (glibc's item numbers and C locale values) ---------------

CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537
ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7 = \
    range(131072, 131079)
DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7 = range(131079, 131086)
(ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6, ABMON_7, ABMON_8,
 ABMON_9, ABMON_10, ABMON_11, ABMON_12) = range(131086, 131098)
(MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10,
 MON_11, MON_12) = range(131098, 131110)
AM_STR = 131110
PM_STR = 131111
D_T_FMT = 131112
D_FMT = 131113
T_FMT = 131114
T_FMT_AMPM = 131115
ERA = 131116
ERA_D_FMT = 131118
ALT_DIGITS = 131119
ERA_D_T_FMT = 131120
ERA_T_FMT = 131121
CRNCYSTR = 262159
YESEXPR = 327680
NOEXPR = 327681

_LANGINFO = {
    RADIXCHAR: '.', THOUSEP: '', AM_STR: 'AM', PM_STR: 'PM',
    D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y', T_FMT: '%H:%M:%S',
    T_FMT_AMPM: '%I:%M:%S %p', ERA: '', ERA_D_FMT: '', ALT_DIGITS: '',
    ERA_D_T_FMT: '', ERA_T_FMT: '', CRNCYSTR: '-', YESEXPR: '^[yY]',
    NOEXPR: '^[nN]',
}
for _i, _n in enumerate('Sunday Monday Tuesday Wednesday Thursday Friday '
                        'Saturday'.split()):
    _LANGINFO[DAY_1 + _i] = _n
    _LANGINFO[ABDAY_1 + _i] = _n[:3]
for _i, _n in enumerate('January February March April May June July August '
                        'September October November December'.split()):
    _LANGINFO[MON_1 + _i] = _n
    _LANGINFO[ABMON_1 + _i] = _n[:3]
del _i, _n


def nl_langinfo(key):
    """Return the value for the locale information associated with key."""
    if key == CODESET:
        return getencoding()
    try:
        return _LANGINFO[key]
    except (KeyError, TypeError):
        if not isinstance(key, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(key).__name__) from None
        raise ValueError("unsupported langinfo constant") from None
