# The Python part of the time module: struct_time, argument checks with CPython's
# messages, the time zone constants, and strptime (as CPython's _strptime, for the C
# locale). The calendar functions are native (gmtime, localtime, strftime, ...).

import _structseq


class struct_time(_structseq.structseq):
    _fields = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
               'tm_wday', 'tm_yday', 'tm_isdst')
    _extra = ('tm_zone', 'tm_gmtoff')


# The argument checks return the exception instead of raising it: the builtin
# functions raise it themselves, so that a traceback shows no frame of this file.

def _tuple_arg(t, fname):
    """The 11-tuple the native functions take, from a struct_time or a 9-tuple."""
    if not isinstance(t, tuple):
        return TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        return TypeError('%s(): illegal time tuple argument' % fname)
    for v in t:
        if not isinstance(v, int):
            return TypeError("'%s' object cannot be interpreted as an integer"
                             % type(v).__name__)
    zone = gmtoff = None
    if isinstance(t, struct_time):
        zone, gmtoff = t.tm_zone, t.tm_gmtoff
    if zone is None or zone == '':
        isdst = t[8]
        zone = tzname[1 if isdst > 0 else 0] if isdst >= 0 else ''
    return tuple(t) + (zone, 0 if gmtoff is None else gmtoff)


def _checked(t, fname):
    """CPython's checktm: out-of-range fields are errors, zeros become the lowest
    value."""
    t = _tuple_arg(t, fname)
    if isinstance(t, BaseException):
        return t
    year, mon, mday, hour, minute, sec, wday, yday, isdst = t[:9]
    if mon == 0:
        mon = 1
    elif mon < 0 or mon > 12:
        return ValueError('month out of range')
    if mday == 0:
        mday = 1
    elif mday < 0 or mday > 31:
        return ValueError('day of month out of range')
    if hour < 0 or hour > 23:
        return ValueError('hour out of range')
    if minute < 0 or minute > 59:
        return ValueError('minute out of range')
    if sec < 0 or sec > 61:
        return ValueError('seconds out of range')
    if wday < -1:
        return ValueError('day of week out of range')
    wday = ((wday + 1) % 7 + 6) % 7
    if yday == 0:
        yday = 1
    elif yday < 0 or yday > 366:
        return ValueError('day of year out of range')
    isdst = -1 if isdst < -1 else (1 if isdst > 1 else isdst)
    return (year, mon, mday, hour, minute, sec, wday, yday, isdst) + t[9:]


def _init_timezone():
    global timezone, altzone, daylight, tzname
    year = (365 * 24 + 6) * 3600
    try:
        t = (int(time()) // year) * year
    except PermissionError:
        # A sandbox without the clock: the zone as it was at the epoch.
        t = 0
    jan = localtime(t)
    jul = localtime(t + year // 2)
    janzone, julyzone = -jan.tm_gmtoff, -jul.tm_gmtoff
    daylight = int(janzone != julyzone)
    if janzone < julyzone:
        # DST is reversed in the southern hemisphere.
        timezone, altzone, tzname = julyzone, janzone, (jul.tm_zone, jan.tm_zone)
    else:
        timezone, altzone, tzname = janzone, julyzone, (jan.tm_zone, jul.tm_zone)


def tzset():
    _tzset()
    _init_timezone()


_init_timezone()

# strptime, as CPython's _strptime in the C locale.

_DAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
         'sunday')
_MONTHS = ('', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
           'august', 'september', 'october', 'november', 'december')


def _names_re(name, values):
    values = sorted((v for v in values if v), key=len, reverse=True)
    return '(?P<%s>%s)' % (name, '|'.join(values))


_strptime_regex = None


def _directives():
    global _strptime_regex
    if _strptime_regex is None:
        _strptime_regex = {
            'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
            'f': r'(?P<f>[0-9]{1,6})',
            'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
            'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
            'G': r'(?P<G>\d\d\d\d)',
            'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
            'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
            'M': r'(?P<M>[0-5]\d|\d)',
            'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
            'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
            'w': r'(?P<w>[0-6])',
            'u': r'(?P<u>[1-7])',
            'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
            'y': r'(?P<y>\d\d)',
            'Y': r'(?P<Y>\d\d\d\d)',
            'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
            'A': _names_re('A', _DAYS),
            'a': _names_re('a', [d[:3] for d in _DAYS]),
            'B': _names_re('B', _MONTHS),
            'b': _names_re('b', [m[:3] for m in _MONTHS]),
            'p': _names_re('p', ['am', 'pm']),
            'Z': _names_re('Z', {'utc', 'gmt', tzname[0].lower(), tzname[1].lower()}),
            '%': '%',
        }
        _strptime_regex['W'] = _strptime_regex['U'].replace('U', 'W')
    return _strptime_regex


_ALIASES = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S',
            'D': '%m/%d/%y', 'T': '%H:%M:%S', 'R': '%H:%M', 'F': '%Y-%m-%d',
            'e': '%d', 'h': '%b'}


def _pattern(format):
    import re
    directives = _directives()
    out = []
    i = 0
    while i < len(format):
        c = format[i]
        if c == '%' and i + 1 < len(format):
            d = format[i + 1]
            i += 2
            if d in _ALIASES:
                out.append(_pattern(_ALIASES[d]))
                continue
            out.append(directives[d])
        elif c == '%':
            raise ValueError("stray %% in format '%s'" % format)
        elif c.isspace():
            while i < len(format) and format[i].isspace():
                i += 1
            out.append(r'\s+')
        else:
            out.append(re.escape(c))
            i += 1
    return ''.join(out)


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _ordinal(y, m, d):
    """Days since 0001-01-01 plus one (datetime.date.toordinal)."""
    before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    return days + before[m - 1] + (1 if m > 2 and _is_leap(y) else 0) + d


def _from_ordinal(n):
    y = (n - 1) * 400 // 146097 + 1
    while _ordinal(y + 1, 1, 1) <= n:
        y += 1
    while _ordinal(y, 1, 1) > n:
        y -= 1
    m = 1
    while m < 12 and _ordinal(y, m + 1, 1) <= n:
        m += 1
    return y, m, n - _ordinal(y, m, 1) + 1


def _strptime(data_string, format):
    import re
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s'
                            % (index, type(arg)))
    try:
        regex = re.compile(_pattern(format), re.IGNORECASE)
    except KeyError as err:
        raise ValueError("'%s' is a bad directive in format '%s'" % (err.args[0], format))
    found = regex.match(data_string)
    if not found:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError('unconverted data remains: %s' % data_string[found.end():])
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    found_dict = found.groupdict()
    for group_key in found_dict.keys():
        value = found_dict[group_key]
        if value is None:
            continue
        if group_key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif group_key == 'Y':
            year = int(value)
        elif group_key == 'G':
            iso_year = int(value)
        elif group_key == 'm':
            month = int(value)
        elif group_key == 'B':
            month = _MONTHS.index(value.lower())
        elif group_key == 'b':
            month = [m[:3] for m in _MONTHS].index(value.lower())
        elif group_key == 'd':
            day = int(value)
        elif group_key == 'H':
            hour = int(value)
        elif group_key == 'I':
            hour = int(value)
            ampm = (found_dict.get('p') or '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm' and hour != 12:
                hour += 12
        elif group_key == 'M':
            minute = int(value)
        elif group_key == 'S':
            second = int(value)
        elif group_key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif group_key == 'A':
            weekday = _DAYS.index(value.lower())
        elif group_key == 'a':
            weekday = [d[:3] for d in _DAYS].index(value.lower())
        elif group_key == 'w':
            weekday = (int(value) - 1) % 7
        elif group_key == 'u':
            weekday = int(value) - 1
        elif group_key == 'j':
            julian = int(value)
        elif group_key in ('U', 'W'):
            week_of_year = int(value)
            week_of_year_start = 6 if group_key == 'U' else 0
        elif group_key == 'V':
            iso_week = int(value)
        elif group_key == 'z':
            z = value
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError("Inconsistent use of : in %s" % value)
                        z = z[:5] + z[6:]
                hours, minutes = int(z[1:3]), int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                if z.startswith('-'):
                    gmtoff = -gmtoff
        elif group_key == 'Z':
            found_zone = value.lower()
            for index, name in enumerate(tzname):
                if found_zone == name.lower():
                    if tzname[0] == tzname[1] and daylight and found_zone not in ('utc', 'gmt'):
                        break
                    tz = index
                    break
            else:
                if found_zone in ('utc', 'gmt'):
                    tz = 0
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
    elif iso_week is not None and year is None:
        raise ValueError("ISO week directive '%V' must be used with the ISO year "
                         "directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            first_weekday = (_ordinal(year, 1, 1) + 6) % 7
            julian = _week_julian(first_weekday, week_of_year, weekday,
                                  week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            jan4 = _ordinal(iso_year, 1, 4)
            monday1 = jan4 - (jan4 + 6) % 7
            n = monday1 + (iso_week - 1) * 7 + weekday
            year, month, day = _from_ordinal(n)
            julian = n - _ordinal(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = (_ordinal(year, month, day) + 6) % 7
    tzname_found = found_dict.get('Z')
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, tz,
            tzname_found, gmtoff), fraction


def _week_julian(first_weekday, week_of_year, day_of_week, week_starts_mon):
    if not week_starts_mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    days_to_week = week_0_length + (7 * (week_of_year - 1))
    return 1 + days_to_week + day_of_week


def strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    return struct_time(_strptime(data_string, format)[0])
