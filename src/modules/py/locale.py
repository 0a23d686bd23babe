"""Locale settings and locale-aware formatting of numbers.

minipy keeps the locale state of the C library in Python, and offers the locales
that every glibc system has: "C", "POSIX" and "C.UTF-8" (also spelled "C.utf8").
All of them follow the C conventions, so localeconv(), format_string(),
currency(), str(), atof() and atoi() give what CPython gives in the C locale;
any other name makes setlocale() raise Error("unsupported locale setting").
As CPython does at start-up, LC_CTYPE is taken from the environment, a C or
POSIX locale there being coerced to C.UTF-8 (PEP 538); the other categories
start as "C".

normalize() maps a locale name to the C library's spelling through CPython's
alias tables (_locale_aliases.py). Not provided: getdefaultlocale,
resetlocale and the gettext functions, which need message catalogues.
"""

import os
import sys

__all__ = ["getlocale", "getpreferredencoding", "Error", "setlocale", "localeconv",
           "strcoll", "strxfrm", "str", "atof", "atoi", "format", "format_string",
           "currency", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES",
           "delocalize", "localize", "normalize"]

# This module defines its own str(); the builtin is needed too.
_str = str


class Error(Exception):
    pass


# glibc's category numbers.
LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = range(7)
CHAR_MAX = 127

# Every category glibc keeps, in the order of its composite LC_ALL names. The
# last six have no constant here but are set by LC_ALL all the same.
_CATEGORY_NAMES = {
    LC_CTYPE: "LC_CTYPE", LC_NUMERIC: "LC_NUMERIC", LC_TIME: "LC_TIME",
    LC_COLLATE: "LC_COLLATE", LC_MONETARY: "LC_MONETARY",
    LC_MESSAGES: "LC_MESSAGES", 7: "LC_PAPER", 8: "LC_NAME", 9: "LC_ADDRESS",
    10: "LC_TELEPHONE", 11: "LC_MEASUREMENT", 12: "LC_IDENTIFICATION",
}

# The locales there are, with the character encoding of each.
_ENCODINGS = {"C": "ANSI_X3.4-1968", "POSIX": "ANSI_X3.4-1968",
              "C.UTF-8": "UTF-8", "C.utf8": "UTF-8"}

# getlocale()'s answer for each: CPython 3.11's alias table takes C.UTF-8 for
# en_US.UTF-8.
_PARSED_NAMES = {"C": (None, None), "POSIX": (None, None),
                 "C.UTF-8": ("en_US", "UTF-8"), "C.utf8": ("en_US", "UTF-8")}


# --- the locale state -------------------------------------------------------------

def _from_environment(category):
    """The locale name setlocale(category, "") takes: LC_ALL, then the
    category's own variable, then LANG; "C" when none is set."""
    for variable in ("LC_ALL", _CATEGORY_NAMES[category], "LANG"):
        value = os.environ.get(variable)
        if value:
            return value
    return "C"


def _startup_ctype():
    """(LC_CTYPE at start-up, whether PEP 538 coerced it to C.UTF-8)."""
    wanted = _from_environment(LC_CTYPE)
    if os.environ.get("LC_ALL"):
        # LC_ALL turns coercion off; a locale not available stays "C".
        if wanted in _ENCODINGS:
            return _canonical_name(wanted), False
        return "C", False
    if wanted in _ENCODINGS and wanted not in ("C", "POSIX"):
        return wanted, False
    return "C.UTF-8", True


def _canonical_name(name):
    # glibc reports POSIX under its other name.
    return "C" if name == "POSIX" else name


_current = dict.fromkeys(_CATEGORY_NAMES, "C")
_current[LC_CTYPE], _coerced = _startup_ctype()
# PEP 540: the UTF-8 mode is on when the locale at start-up was C.
_utf8_mode = (_coerced or _current[LC_CTYPE] == "C"
              or os.environ.get("PYTHONUTF8") == "1")


def _require_int(value):
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be "
                        f"interpreted as an integer")


def _composite_name():
    """What setlocale(LC_ALL) answers: the one name when every category agrees,
    else glibc's "LC_CTYPE=...;LC_NUMERIC=...;..." list."""
    names = [_current[category] for category in _CATEGORY_NAMES]
    if len(set(names)) == 1:
        return names[0]
    return ";".join(f"{label}={_current[category]}"
                    for category, label in _CATEGORY_NAMES.items())


def _supported(name):
    if name not in _ENCODINGS:
        raise Error("unsupported locale setting")
    return _canonical_name(name)


# What CPython's locale alias table makes of the C family's names (by their
# lower-case form, the encoding without '-' and '_'). Other names are left as
# they are: none of them is available here.
_C_ALIASES = {"c": "C", "posix": "C", "c.ascii": "C", "c.utf8": "en_US.UTF-8",
              "posix.utf8": "C.UTF-8"}


def _codec_style(encoding):
    # encodings.normalize_encoding: runs of characters other than ASCII letters,
    # digits and '.' become one '_' between the characters kept.
    kept = []
    gap = False
    for ch in encoding:
        if ch.isalnum() or ch == ".":
            if gap and kept:
                kept.append("_")
            if ch.isascii():
                kept.append(ch)
            gap = False
        else:
            gap = True
    return "".join(kept)


def _with_encoding(code, encoding):
    """*code* (a locale name) with its encoding replaced by the C library's
    name for *encoding*."""
    from _locale_aliases import CODEC_ALIASES, LOCALE_ENCODING_ALIAS
    language = code.partition(".")[0]
    name = _codec_style(encoding)
    name = CODEC_ALIASES.get(name.lower(), name)
    key = name.lower()
    if key not in LOCALE_ENCODING_ALIAS:
        key = key.replace("_", "").replace("-", "")
    return language + "." + LOCALE_ENCODING_ALIAS.get(key, name)


def _with_modifier(code, modifier):
    if modifier == "euro":
        if "." not in code:
            return code + ".ISO8859-15"
        encoding = code.partition(".")[2]
        if encoding in ("ISO8859-15", "UTF-8"):
            return code
        if encoding == "ISO8859-1":
            return _with_encoding(code, "ISO8859-15")
    return code + "@" + modifier


def normalize(localename):
    """The locale name *localename* stands for, as the C library spells it
    (language_TERRITORY.ENCODING@modifier), found through the alias tables;
    a name the tables do not know comes back unchanged."""
    from _locale_aliases import LOCALE_ALIAS
    code = localename.lower()
    if ":" in code:
        code = code.replace(":", ".")
    code, _, modifier = code.partition("@")
    language, dot, rest = code.partition(".")
    encoding = rest.split(".")[0] if dot else ""
    with_encoding = language
    if encoding:
        with_encoding += "." + encoding.replace("-", "").replace("_", "")
    # The full name, then without the modifier, then without the encoding,
    # then the language alone.
    found = LOCALE_ALIAS.get(with_encoding + ("@" + modifier if modifier else ""))
    if found is not None:
        return found
    if modifier:
        found = LOCALE_ALIAS.get(with_encoding)
        if found is not None:
            if "@" not in found:
                return _with_modifier(found, modifier)
            if found.partition("@")[2].lower() == modifier:
                return found
    if encoding:
        found = LOCALE_ALIAS.get(language + ("@" + modifier if modifier else ""))
        if found is not None:
            if "@" not in found:
                return _with_encoding(found, encoding)
            base, _, own = found.partition("@")
            return _with_encoding(base, encoding) + "@" + own
        if modifier:
            found = LOCALE_ALIAS.get(language)
            if found is not None:
                if "@" not in found:
                    return _with_modifier(_with_encoding(found, encoding), modifier)
                base, _, own = found.partition("@")
                if own.lower() == modifier:
                    return _with_encoding(base, encoding) + "@" + own
    return localename


def _name_from_pair(pair):
    """The locale name setlocale() uses for a (language, encoding) pair."""
    try:
        language, encoding = pair
    except (TypeError, ValueError):
        raise TypeError("Locale must be None, a string, or an iterable of two "
                        "strings -- language code, encoding.") from None
    name = "C" if language is None else language
    if encoding is None:
        key = name.lower()
    else:
        name = f"{name}.{encoding}"
        simple_encoding = encoding.lower().replace("-", "").replace("_", "")
        key = f"{name.lower().partition('.')[0]}.{simple_encoding}"
    return _C_ALIASES.get(key, name)


def setlocale(category, locale=None):
    """Sets the locale of category (one of the LC_* constants) and returns the
    new setting; with locale None, only returns the current one. locale is a
    name, "" for the one the environment asks for, or a (language, encoding)
    pair."""
    if locale and not isinstance(locale, _str):
        locale = _name_from_pair(locale)
    # The checks in the order the C function makes them.
    _require_int(category)
    if locale is not None and not isinstance(locale, _str):
        raise TypeError(f"setlocale() argument 2 must be str or None, not "
                        f"{type(locale).__name__}")
    if category != LC_ALL and category not in _CATEGORY_NAMES:
        raise Error("locale query failed" if locale is None
                    else "unsupported locale setting")
    if locale is None:
        return _composite_name() if category == LC_ALL else _current[category]
    affected = list(_CATEGORY_NAMES) if category == LC_ALL else [category]
    if locale == "":
        chosen = {}
        for each in affected:
            wanted = _from_environment(each)
            if each == LC_CTYPE and _coerced:
                wanted = "C.UTF-8"
            chosen[each] = _supported(wanted)
        _current.update(chosen)
    else:
        name = _supported(locale)
        _current.update(dict.fromkeys(affected, name))
        if category == LC_ALL:
            return name
    return _composite_name() if category == LC_ALL else _current[category]


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of category's locale; (None, None) for C."""
    name = setlocale(category)
    if category == LC_ALL and ";" in name:
        raise TypeError("category LC_ALL is not supported")
    return _PARSED_NAMES[name]


def getencoding():
    """The encoding of the current LC_CTYPE locale."""
    return _ENCODINGS[_current[LC_CTYPE]]


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default: UTF-8 in UTF-8 mode, else the
    locale's."""
    return "utf-8" if _utf8_mode else getencoding()


def localeconv():
    """The number and currency conventions of the locale (the C ones)."""
    # The monetary items come first, as in the dict CPython builds; CHAR_MAX
    # means "not specified".
    conventions = {"int_curr_symbol": "", "currency_symbol": "",
                   "mon_decimal_point": "", "mon_thousands_sep": "",
                   "mon_grouping": [], "positive_sign": "", "negative_sign": ""}
    for item in ("int_frac_digits", "frac_digits", "p_cs_precedes",
                 "p_sep_by_space", "n_cs_precedes", "n_sep_by_space",
                 "p_sign_posn", "n_sign_posn"):
        conventions[item] = CHAR_MAX
    conventions.update(decimal_point=".", thousands_sep="", grouping=[])
    return conventions


def strcoll(os1, os2):
    """Compares two strings in the locale's collation order (code points in C):
    negative, zero or positive."""
    for position, value in ((1, os1), (2, os2)):
        if not isinstance(value, _str):
            raise TypeError(f"strcoll() argument {position} must be str, not "
                            f"{type(value).__name__}")
    return (os1 > os2) - (os1 < os2)


def strxfrm(string):
    """A sort key giving the locale's collation order (the string itself in C)."""
    if not isinstance(string, _str):
        raise TypeError(f"strxfrm() argument must be str, not "
                        f"{type(string).__name__}")
    return string


# --- numbers ----------------------------------------------------------------------

def _group_sizes(grouping):
    """The digit group sizes from the right, as the C grouping list encodes
    them: CHAR_MAX ends the grouping, 0 repeats the last size for good."""
    previous = None
    for size in grouping:
        if size == CHAR_MAX:
            return
        if size == 0:
            if previous is None:
                raise ValueError("invalid grouping")
            while True:
                yield previous
        yield size
        previous = size


def _group(s, monetary=False):
    """s (the integer part of a formatted number, maybe padded) with the
    thousands separator put in; also returns how many characters that added."""
    conv = localeconv()
    grouping = conv["mon_grouping" if monetary else "grouping"]
    separator = conv["mon_thousands_sep" if monetary else "thousands_sep"]
    if not grouping:
        return s, 0
    digits = s.rstrip(" ")
    trailing = s[len(digits):]
    leading = ""
    groups = []
    for size in _group_sizes(grouping):
        # Grouping stops at the sign or the padding in front of the digits.
        if not digits or digits[-1] not in "0123456789":
            leading, digits = digits, ""
            break
        groups.insert(0, digits[-size:])
        digits = digits[:-size]
    if digits:
        groups.insert(0, digits)
    added = len(separator) * (len(groups) - 1)
    return leading + separator.join(groups) + trailing, added


def _remove_padding(s, amount):
    """Takes back up to `amount` spaces of padding, from the left first, so
    that a padded field keeps its width after grouping."""
    start, end = 0, len(s)
    while amount and s[start] == " ":
        start += 1
        amount -= 1
    while amount and s[end - 1] == " ":
        end -= 1
        amount -= 1
    return s[start:end]


def _localize(formatted, grouping=False, monetary=False):
    """A number formatted the C way ('.' as decimal point, no grouping) put into
    the locale's conventions."""
    integer_part, point, rest = formatted.partition(".")
    added = 0
    if grouping:
        integer_part, added = _group(integer_part, monetary=monetary)
    if point:
        decimal_point = localeconv()["mon_decimal_point" if monetary
                                     else "decimal_point"]
        # (Everything after the first point, further points included, follows
        # the locale's decimal point.)
        formatted = decimal_point.join([integer_part] + rest.split("."))
    else:
        formatted = integer_part
    if added:
        formatted = _remove_padding(formatted, added)
    return formatted


def _format(percent, value, grouping=False, monetary=False, *additional):
    # One %-conversion; the numeric ones are then localized.
    formatted = percent % ((value,) + additional if additional else value)
    if percent[-1] in "eEfFgGdiu":
        formatted = _localize(formatted, grouping, monetary)
    return formatted


# What may stand between '%' (and its optional "(key)") and the conversion.
_SPEC_FLAGS = frozenset("-#0123456789 +*.hlL")
_SPEC_CONVERSIONS = frozenset("eEfFgGdiouxXcrs%")


def _conversion_end(text, start):
    """Where the %-specification whose flags begin at `start` ends (the index
    after its conversion character), or None when there is none."""
    position = start
    while position < len(text) and text[position] in _SPEC_FLAGS:
        position += 1
    if position < len(text) and text[position] in _SPEC_CONVERSIONS:
        return position + 1
    return None


def _match_spec(text, start):
    """(end, flags) of the %-specification at text[start] == '%', or None."""
    after = start + 1
    if text.startswith("(", after):
        # The key runs to the first ')' that leaves a valid rest; a later ')'
        # is tried when an earlier one does not.
        close = text.find(")", after)
        while close != -1:
            end = _conversion_end(text, close + 1)
            if end is not None:
                return end, text[close + 1:end - 1]
            close = text.find(")", close + 1)
    end = _conversion_end(text, after)
    if end is None:
        return None
    return end, text[after:end - 1]


def _find_specs(text):
    """The %-specifications of a format string: (start, end, flags) each."""
    found = []
    position = text.find("%")
    while position != -1:
        match = _match_spec(text, position)
        if match is None:
            position = text.find("%", position + 1)
            continue
        end, flags = match
        found.append((position, end, flags))
        position = text.find("%", end)
    return found


def _is_mapping(value):
    if isinstance(value, dict):
        return True
    from collections.abc import Mapping
    return isinstance(value, Mapping)


def format_string(f, val, grouping=False, monetary=False):
    """f % val with the numbers formatted by the locale's conventions
    (thousands grouped when grouping is true; the currency conventions when
    monetary is true)."""
    specs = _find_specs(f)
    pieces = []
    skeleton = []
    done = 0
    for start, end, _ in specs:
        skeleton.append(f[done:start])
        skeleton.append("%s")
        done = end
    skeleton.append(f[done:])
    if _is_mapping(val):
        for start, end, _ in specs:
            spec = f[start:end]
            pieces.append("%" if spec[-1] == "%" else
                          _format(spec, val, grouping, monetary))
    else:
        values = val if isinstance(val, tuple) else (val,)
        taken = 0
        for start, end, flags in specs:
            spec = f[start:end]
            if spec[-1] == "%":
                pieces.append("%")
                continue
            # A '*' width or precision takes its number from the values too.
            extra = flags.count("*")
            pieces.append(_format(spec, values[taken], grouping, monetary,
                                  *values[taken + 1:taken + 1 + extra]))
            taken += 1 + extra
    return "".join(skeleton) % tuple(pieces)


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: format_string() for a format holding exactly one
    %-specification."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.",
                  DeprecationWarning, stacklevel=2)
    match = _match_spec(percent, 0) if percent.startswith("%") else None
    if match is None or match[0] != len(percent):
        raise ValueError("format() must be given exactly one %char format "
                         f"specifier, {percent!r} not valid")
    return _format(percent, value, grouping, monetary, *additional)


def _sign_placed(text, position, sign):
    """text, an amount between '<' and '>' markers (with its symbol), with the
    sign put where the locale's sign position code says."""
    if position == 0:
        return "(" + text + ")"
    if position == 2:
        return text + sign
    if position == 3:
        return text.replace("<", sign)
    if position == 4:
        return text.replace(">", sign)
    # 1, and the default when the locale does not say (CHAR_MAX).
    return sign + text


def currency(val, symbol=True, grouping=False, international=False):
    """val formatted as an amount of money by the locale's conventions."""
    conv = localeconv()
    digits = conv["int_frac_digits" if international else "frac_digits"]
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    side = "n" if val < 0 else "p"
    amount = _localize(f"{abs(val):.{digits}f}", grouping, monetary=True)
    # The markers stand for the two ends of the number until the sign is placed.
    text = "<" + amount + ">"
    if symbol:
        mark = conv["int_curr_symbol" if international else "currency_symbol"]
        space = " " if conv[side + "_sep_by_space"] else ""
        if conv[side + "_cs_precedes"]:
            text = mark + space + text
        else:
            # The international symbol ends with its own separating space.
            if international and mark[-1] == " ":
                mark = mark[:-1]
            text = text + space + mark
    sign = conv["negative_sign" if val < 0 else "positive_sign"]
    text = _sign_placed(text, conv[side + "_sign_posn"], sign)
    return text.replace("<", "").replace(">", "")


def str(val):
    """A float as text, like '%.12g' with the locale's decimal point."""
    return _format("%.12g", val)


def delocalize(string):
    """A number written by the locale's conventions rewritten the C way."""
    conv = localeconv()
    separator, point = conv["thousands_sep"], conv["decimal_point"]
    if separator:
        string = string.replace(separator, "")
    if point:
        string = string.replace(point, ".")
    return string


def localize(string, grouping=False, monetary=False):
    """A number written the C way rewritten by the locale's conventions."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    """Parses a number written by the locale's conventions (with func)."""
    return func(delocalize(string))


def atoi(string):
    """Parses an integer written by the locale's conventions."""
    return int(delocalize(string))


# --- nl_langinfo: glibc's item numbers and the C locale's answers -----------------

CODESET = 14
RADIXCHAR, THOUSEP = 0x10000, 0x10001
ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7 = range(0x20000, 0x20007)
DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7 = range(0x20007, 0x2000E)
(ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6,
 ABMON_7, ABMON_8, ABMON_9, ABMON_10, ABMON_11, ABMON_12) = range(0x2000E, 0x2001A)
(MON_1, MON_2, MON_3, MON_4, MON_5, MON_6,
 MON_7, MON_8, MON_9, MON_10, MON_11, MON_12) = range(0x2001A, 0x20026)
AM_STR, PM_STR = 0x20026, 0x20027
D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM = range(0x20028, 0x2002C)
ERA = 0x2002C
ERA_D_FMT, ALT_DIGITS, ERA_D_T_FMT, ERA_T_FMT = range(0x2002E, 0x20032)
CRNCYSTR = 0x4000F
YESEXPR, NOEXPR = 0x50000, 0x50001

_DAY_NAMES = "Sunday Monday Tuesday Wednesday Thursday Friday Saturday".split()
_MONTH_NAMES = ("January February March April May June July August September "
                "October November December").split()


def _c_langinfo():
    table = {
        RADIXCHAR: ".", THOUSEP: "", AM_STR: "AM", PM_STR: "PM",
        D_T_FMT: "%a %b %e %H:%M:%S %Y", D_FMT: "%m/%d/%y", T_FMT: "%H:%M:%S",
        T_FMT_AMPM: "%I:%M:%S %p", ERA: "", ERA_D_FMT: "", ALT_DIGITS: "",
        ERA_D_T_FMT: "", ERA_T_FMT: "", CRNCYSTR: "-",
        YESEXPR: "^[yY]", NOEXPR: "^[nN]",
    }
    for offset, name in enumerate(_DAY_NAMES):
        table[DAY_1 + offset] = name
        table[ABDAY_1 + offset] = name[:3]
    for offset, name in enumerate(_MONTH_NAMES):
        table[MON_1 + offset] = name
        table[ABMON_1 + offset] = name[:3]
    return table


_LANGINFO = _c_langinfo()


def nl_langinfo(key):
    """The locale's value for one of the nl_langinfo item constants."""
    _require_int(key)
    if key == CODESET:
        return getencoding()
    try:
        return _LANGINFO[key]
    except KeyError:
        raise ValueError("unsupported langinfo constant") from None
