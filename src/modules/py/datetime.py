"""Concrete date/time and related types.

date, time, datetime, timedelta, tzinfo and timezone, modelled on CPython's
datetime module (proleptic Gregorian calendar, microsecond resolution).

Local time (today(), now(), fromtimestamp() without tz, naive timestamp(),
astimezone() to local) comes from time.localtime(), as in CPython.
"""

import math
import time as _time

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date.max.toordinal()

_DAYS_IN_MONTH = (-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTHNAMES = (None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
               'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_FULL_MONTHNAMES = (None, 'January', 'February', 'March', 'April', 'May', 'June',
                    'July', 'August', 'September', 'October', 'November', 'December')
_DAYNAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_FULL_DAYNAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
                  'Saturday', 'Sunday')

# ---- calendar arithmetic -------------------------------------------------


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
    """Ordinal of a date, 0001-01-01 being day 1."""
    return _days_before_year(year) + _days_before_month(year, month) + day


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


_DI400Y = _days_before_year(401)    # days in 400 years
_DI100Y = _days_before_year(101)    # days in 100 years
_DI4Y = _days_before_year(5)        # days in 4 years


def _ord2ymd(n):
    """(year, month, day) of ordinal n."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        # last day of a leap cycle: December 31 of the previous year
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    return year, month, n - preceding + 1


def _iso_week1_monday(year):
    """Ordinal of the Monday starting ISO week 1 of year."""
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > 3:
        week1monday += 7
    return week1monday


def _type_name(obj):
    """The type name CPython's C types show in reprs."""
    t = type(obj)
    if t in _BASE_NAMES:
        return _BASE_NAMES[t]
    return t.__name__


def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float) or not hasattr(type(value), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return type(value).__index__(value)


def _check_date_fields(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute = _index(hour), _index(minute)
    second, microsecond = _index(second), _index(microsecond)
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


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('tzinfo argument must be None or of a tzinfo subclass, '
                        "not type '%s'" % type(tz).__name__)


def _check_utc_offset(name, offset):
    """Validate what a tzinfo's utcoffset()/dst() returned."""
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not %r'
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24), not %r.'
                         % offset)


def _format_offset(off, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' for a utcoffset timedelta (or '' for None)."""
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += '%s%02d' % (sep, ss)
        if off.microseconds:
            s += '.%06d' % off.microseconds
    return s


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


def _c_round(x):
    """C's round(): halves go away from zero."""
    r = math.floor(abs(x))
    if abs(x) - r >= 0.5:
        r += 1
    return -r if x < 0 else r


def _divide_nearest(a, b):
    """a / b rounded to the nearest int, halves to even."""
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q % 2 == 1):
            q += 1
    return q


# ---- timedelta -------------------------------------------------------------

_US_PER_DAY = 86400000000
_TD_UNITS = (('microseconds', 1), ('milliseconds', 1000), ('seconds', 1000000),
             ('minutes', 60000000), ('hours', 3600000000), ('days', _US_PER_DAY),
             ('weeks', 7 * _US_PER_DAY))


def _td_from_us(us, cls=None):
    seconds, us = divmod(us, 1000000)
    days, seconds = divmod(seconds, 86400)
    if not -999999999 <= days <= 999999999:
        raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
    self = object.__new__(cls or timedelta)
    self._days = days
    self._seconds = seconds
    self._microseconds = us
    self._hashcode = -1
    return self


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
    hours=0, weeks=0)"""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        values = {'days': days, 'seconds': seconds, 'microseconds': microseconds,
                  'milliseconds': milliseconds, 'minutes': minutes,
                  'hours': hours, 'weeks': weeks}
        # Like CPython: sum whole microseconds exactly as ints and carry the
        # float fractions separately, rounding them once at the end.
        total = 0
        leftover = 0.0
        for name, factor in _TD_UNITS:
            v = values[name]
            if isinstance(v, int):
                total += v * factor
            elif isinstance(v, float):
                frac, whole = math.modf(v)
                total += int(whole) * factor
                if frac:
                    frac, whole = math.modf(frac * factor)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (name, type(v).__name__))
        if leftover:
            whole_us = _c_round(leftover)
            if abs(whole_us - leftover) == 0.5:
                odd = total % 2
                whole_us = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole_us)
        return _td_from_us(total, cls)

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_type_name(self), ', '.join(args) or '0')

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            s = '%d day%s, ' % (self._days, plural) + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._to_us())

    def __pos__(self):
        return _td_from_us(self._to_us())

    def __abs__(self):
        if self._days < 0:
            return -self
        return _td_from_us(self._to_us())

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._to_us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td_from_us(_divide_nearest(self._to_us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _td_from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(_divide_nearest(self._to_us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(_divide_nearest(self._to_us() * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _td_from_us(r)
        return NotImplemented

    def _cmp(self, other):
        a, b = self._to_us(), other._to_us()
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---- strftime ----------------------------------------------------------------

def _strftime(fmt, year, month, day, hh, mm, ss, us, obj_for_tz):
    """Format the fields with a strftime-style format (C locale)."""
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
    ordinal = _ymd2ord(year, month, day)
    wday = (ordinal + 6) % 7            # Monday == 0
    yday = ordinal - _ymd2ord(year, 1, 1) + 1
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%':
            out.append(ch)
            continue
        if i == n:
            out.append('%')
            break
        c = fmt[i]
        i += 1
        if c == 'Y':
            out.append(str(year))
        elif c == 'y':
            out.append('%02d' % (year % 100))
        elif c == 'm':
            out.append('%02d' % month)
        elif c == 'd':
            out.append('%02d' % day)
        elif c == 'e':
            out.append('%2d' % day)
        elif c == 'H':
            out.append('%02d' % hh)
        elif c == 'I':
            out.append('%02d' % (hh % 12 or 12))
        elif c == 'M':
            out.append('%02d' % mm)
        elif c == 'S':
            out.append('%02d' % ss)
        elif c == 'f':
            out.append('%06d' % us)
        elif c == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif c == 'a':
            out.append(_DAYNAMES[wday])
        elif c == 'A':
            out.append(_FULL_DAYNAMES[wday])
        elif c == 'b' or c == 'h':
            out.append(_MONTHNAMES[month])
        elif c == 'B':
            out.append(_FULL_MONTHNAMES[month])
        elif c == 'j':
            out.append('%03d' % yday)
        elif c == 'w':
            out.append(str((wday + 1) % 7))
        elif c == 'u':
            out.append(str(wday + 1))
        elif c == 'U':
            out.append('%02d' % ((yday + 6 - (wday + 1) % 7) // 7))
        elif c == 'W':
            out.append('%02d' % ((yday + 6 - wday) // 7))
        elif c in 'GV':
            iso_year, iso_week, _ = _isocalendar(year, month, day)
            out.append(str(iso_year) if c == 'G' else '%02d' % iso_week)
        elif c == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (
                _DAYNAMES[wday], _MONTHNAMES[month], day, hh, mm, ss, year))
        elif c == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif c == 'X':
            out.append('%02d:%02d:%02d' % (hh, mm, ss))
        elif c == 'z':
            off = obj_for_tz.utcoffset() if obj_for_tz is not None else None
            out.append(_format_offset(off, ''))
        elif c == 'Z':
            name = obj_for_tz.tzname() if obj_for_tz is not None else None
            out.append(name or '')
        elif c == '%':
            out.append('%')
        else:
            out.append('%' + c)
    return ''.join(out)


def _isocalendar(year, month, day):
    today = _ymd2ord(year, month, day)
    week1monday = _iso_week1_monday(year)
    week, wday = divmod(today - week1monday, 7)
    if week < 0:
        year -= 1
        week, wday = divmod(today - _iso_week1_monday(year), 7)
    elif week >= 52 and today >= _iso_week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, wday + 1


class IsoCalendarDate(tuple):
    """The (year, week, weekday) result of isocalendar()."""

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
        return ('%s(year=%d, week=%d, weekday=%d)'
                % (_type_name(self), self[0], self[1], self[2]))


# ---- ISO 8601 parsing ------------------------------------------------------------

def _invalid_iso(s):
    return ValueError('Invalid isoformat string: %r' % (s,))


def _parse_digits(s, pos, count):
    part = s[pos:pos + count]
    if len(part) != count or not (part.isdigit() and part.isascii()):
        return None
    return int(part)


def _parse_iso_date(s):
    """Parse YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    year = _parse_digits(s, 0, 4)
    if year is None:
        return None
    rest = s[4:]
    dashed = rest[:1] == '-'
    if dashed:
        rest = rest[1:]
    if rest[:1] == 'W':
        week = _parse_digits(rest, 1, 2)
        if week is None:
            return None
        rest = rest[3:]
        day = 1
        if rest:
            if dashed:
                if rest[:1] != '-':
                    return None
                rest = rest[1:]
            if len(rest) != 1:
                return None
            day = _parse_digits(rest, 0, 1)
            if day is None:
                return None
        elif len(s) not in (7, 8):
            return None
        try:
            return _from_iso_calendar(year, week, day)
        except ValueError:
            return None
    if dashed:
        if len(rest) != 5 or rest[2] != '-':
            return None
        month, day = _parse_digits(rest, 0, 2), _parse_digits(rest, 3, 2)
    else:
        if len(rest) != 4:
            return None
        month, day = _parse_digits(rest, 0, 2), _parse_digits(rest, 2, 2)
    if month is None or day is None:
        return None
    return year, month, day


def _parse_iso_time(s):
    """Parse HH[:MM[:SS[.fff[fff]]]] (or basic HHMMSS) plus an optional
    offset; returns (h, m, s, us, tz) or None."""
    tz = None
    for i in range(len(s)):
        if s[i] in '+-Z':
            tzpart = s[i:]
            if tzpart == 'Z':
                tz = timezone.utc
                s = s[:i].rstrip(' ')
                break
            else:
                if tzpart[:1] == 'Z':
                    return None
                fields = _parse_time_fields(tzpart[1:])
                if fields is None:
                    return None
                off = timedelta(hours=fields[0], minutes=fields[1],
                                seconds=fields[2], microseconds=fields[3])
                if tzpart[0] == '-':
                    off = -off
                tz = timezone(off)
            s = s[:i].rstrip(' ')
            break
    fields = _parse_time_fields(s)
    if fields is None:
        return None
    return fields + (tz,)


def _parse_time_fields(s):
    if not s:
        return None
    values = [0, 0, 0]
    pos = 0
    colons = None
    for k in range(3):
        v = _parse_digits(s, pos, 2)
        if v is None:
            return None
        values[k] = v
        pos += 2
        if pos >= len(s):
            break
        sep = s[pos]
        if sep in '.,':
            break
        if k == 2:
            return None
        has_colon = sep == ':'
        if colons is None:
            colons = has_colon
        elif colons != has_colon:
            return None
        if has_colon:
            pos += 1
    us = 0
    if pos < len(s):
        if s[pos] not in '.,' or k != 2:
            return None
        frac = s[pos + 1:]
        if not frac or not (frac.isdigit() and frac.isascii()):
            return None
        digits = frac[:6]
        us = int(digits) * 10 ** (6 - len(digits))
    h, m, sec = values
    return h, m, sec, us


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        valid = False
        if week == 53:
            # only years starting on a Thursday (or leap years starting on a
            # Wednesday) have a week 53
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                valid = True
        if not valid:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord2ymd(ordinal)


# ---- date -------------------------------------------------------------------


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
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
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal (1 is 0001-01-01)."""
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % _ord2ymd(n)[0])
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise _invalid_iso(date_string)
        ymd = _parse_iso_date(date_string)
        if ymd is None:
            raise _invalid_iso(date_string)
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday."""
        return cls(*_from_iso_calendar(year, week, day))

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self), self._year, self._month, self._day)

    def ctime(self):
        """Return ctime() style string."""
        return _strftime('%c', self._year, self._month, self._day, 0, 0, 0, 0, None)

    def timetuple(self):
        "Return local time tuple compatible with time.localtime()."
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def strftime(self, fmt):
        """Format using strftime()."""
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _date_cmp(self, other):
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_cmp(other) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_cmp(other) >= 0
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
        """Return a named tuple containing ISO year, week number, and weekday."""
        return IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---- tzinfo ---------------------------------------------------------------------


class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        "datetime -> string name of time zone."
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        "datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        "datetime -> DST offset as timedelta positive east of UTC."
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        "datetime in UTC -> datetime in local time."
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; '
                                 'cannot convert')
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, getattr(self, '__dict__', None) or None)


# ---- time -----------------------------------------------------------------------


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
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
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _cmp(self, other, op_is_eq):
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            a = (self._hour, self._minute, self._second, self._microsecond)
            b = (other._hour, other._minute, other._second, other._microsecond)
            return 0 if a == b else (1 if a > b else -1)
        if myoff is None or otoff is None:
            if op_is_eq:
                return 2            # never equal
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        a = (myhhmm, self._second, self._microsecond)
        b = (othhmm, other._second, other._microsecond)
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if not tzoff:
                self._hashcode = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - tzoff,
                              timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self._second, self._microsecond))
                else:
                    self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    def _tzstr(self):
        return _format_offset(self.utcoffset())

    def __repr__(self):
        if self._microsecond != 0:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second != 0:
            s = ', %d' % self._second
        else:
            s = ''
        s = '%s(%d, %d%s)' % (_type_name(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % self._tzinfo
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        s = _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        return s + self._tzstr()

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """Construct a time from a string in one of the ISO 8601 formats."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string
        if s[:1] == 'T':
            s = s[1:]
        fields = _parse_iso_time(s)
        if fields is None:
            raise _invalid_iso(time_string)
        h, m, sec, us, tz = fields
        return cls(h, m, sec, us, tz)

    def strftime(self, fmt):
        """Format using strftime().  The date part of the timestamp passed
        to underlying strftime should not be used."""
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond, self)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        """Return the timezone offset as timedelta, positive east of UTC
        (negative west of UTC)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        """Return the timezone name."""
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (as timedelta
        positive eastward) if DST is in effect."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset('dst', offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return time with new specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime ---------------------------------------------------------------------


def _utc_fields(t):
    """(y, m, d, hh, mm, ss, us) in UTC for a POSIX timestamp, rounding the
    microseconds half to even like CPython."""
    if isinstance(t, float):
        if math.isnan(t):
            raise ValueError('Invalid value NaN (not a number)')
        frac, whole = math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            us -= 1000000
            whole += 1.0
        elif us < 0:
            us += 1000000
            whole -= 1.0
        if abs(whole) > 2.0 ** 63:
            raise OverflowError('timestamp out of range for platform time_t')
        secs = int(whole)
    else:
        secs = _index(t)
        us = 0
    days, rem = divmod(secs, 86400)
    ordinal = days + _EPOCH_ORDINAL
    if not 1 <= ordinal <= _MAXORDINAL:
        raise ValueError('year %d is out of range' % _ord2ymd_any(ordinal))
    y, m, d = _ord2ymd(ordinal)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    return y, m, d, hh, mm, ss, us


def _ord2ymd_any(ordinal):
    # Year of an out-of-range ordinal, for error messages only.
    return _ord2ymd(ordinal)[0] if ordinal > 0 else (ordinal - 1) // 365 + 1


_EPOCH_ORDINAL = _ymd2ord(1970, 1, 1)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

    The year, month and day arguments are required. tzinfo may be None, or an
    instance of a tzinfo subclass. The remaining arguments may be ints.
    """

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
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

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        if tz is None:
            return cls._local_from_utc_fields(y, m, d, hh, mm, ss, us)
        return tz.fromutc(cls(y, m, d, hh, mm, ss, us, tz))

    @classmethod
    def _local_from_utc_fields(cls, y, m, d, hh, mm, ss, us):
        """The naive local datetime of a UTC time, with fold set for the second of
        two equal local times (as CPython's _fromtimestamp)."""
        t = (_ymd2ord(y, m, d) - _EPOCH_ORDINAL) * 86400 + hh * 3600 + mm * 60 + ss
        y, m, d, hh, mm, ss = _time.localtime(t)[:6]
        result = cls(y, m, d, hh, mm, min(ss, 59), us)
        max_fold_seconds = 24 * 3600
        y, m, d, hh, mm, ss = _time.localtime(t - max_fold_seconds)[:6]
        probe1 = cls(y, m, d, hh, mm, ss, us)
        trans = result - probe1 - timedelta(0, max_fold_seconds)
        if trans.days < 0:
            y, m, d, hh, mm, ss = _time.localtime(t + trans // timedelta(0, 1))[:6]
            probe2 = cls(y, m, d, hh, mm, ss, us)
            if probe2 == result:
                result._fold = 1
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def now(cls, tz=None):
        "Construct a datetime from time.time() and optional time zone info."
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        "Construct a UTC datetime from time.time()."
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        "Construct a datetime from a given date and a given time."
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
        s = date_string
        if len(s) < 7:
            raise _invalid_iso(date_string)
        # The date part is 7, 8 or 10 characters; one separator character
        # follows it.
        split = _iso_date_length(s)
        dpart, tpart = s[:split], s[split + 1:]
        ymd = _parse_iso_date(dpart)
        if ymd is None or (len(s) > split and not tpart):
            raise _invalid_iso(date_string)
        if tpart:
            fields = _parse_iso_time(tpart)
            if fields is None:
                raise _invalid_iso(date_string)
        else:
            fields = (0, 0, 0, 0, None)
        return cls(*(ymd + fields))

    def timetz(self):
        "Return time object with same time and tzinfo."
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def time(self):
        "Return time object with same time but with tzinfo=None."
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def date(self):
        "Return date object with same year, month and day."
        return date(self._year, self._month, self._day)

    def timetuple(self):
        "Return local time tuple compatible with time.localtime()."
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _build_struct_time(self._year, self._month, self._day,
                                  self._hour, self._minute, self._second, dst)

    def utctimetuple(self):
        "Return UTC time tuple compatible with time.gmtime()."
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _build_struct_time(self.year, self.month, self.day,
                                  self.hour, self.minute, self.second, 0)

    def _mktime(self):
        """Return integer POSIX timestamp of a naive local time (CPython's
        algorithm: solve t = local(u) for u, honouring fold)."""
        epoch = _EPOCH_NAIVE
        max_fold_seconds = 24 * 3600
        t = (self.replace(tzinfo=None) - epoch) // timedelta(0, 1)

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
        u2 = t - b
        t2 = local(u2)
        if t2 == t:
            return u2
        if t1 == t:
            return u1
        # t is in a gap: neither offset gives it.
        return (max, min)[self.fold](u1, u2)

    def timestamp(self):
        "Return POSIX timestamp as float"
        if self._tzinfo is None:
            return self._mktime() + self.microsecond / 1e6
        delta = self.replace(tzinfo=None) - _EPOCH_NAIVE - self.utcoffset()
        return delta.total_seconds()

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._mktime()
        else:
            ts = (self.replace(tzinfo=None) - _EPOCH_NAIVE - self.utcoffset()) // timedelta(seconds=1)
        localtm = _time.localtime(ts)
        return timezone(timedelta(seconds=localtm.tm_gmtoff), localtm.tm_zone)

    def utcoffset(self):
        """Return the timezone offset as timedelta positive east of UTC (negative west of
        UTC)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        """Return the timezone name."""
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (as timedelta
        positive eastward) if DST is in effect."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset('dst', offset)
        return offset

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond,
                          tzinfo, fold=fold)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is None:
            tz = self._local_timezone()
        else:
            _check_tzinfo(tz)
        mytz = self._tzinfo
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
        "Return ctime() style string."
        return _strftime('%c', self._year, self._month, self._day, self._hour,
                         self._minute, self._second, 0, None)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second,
                          self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = '%s(%s)' % (_type_name(self), ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % self._tzinfo
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def __str__(self):
        "Convert to string, for str()."
        return self.isoformat(sep=' ')

    @classmethod
    def strptime(cls, date_string, format):
        'string, format -> new datetime parsed from a string (like time.strptime()).'
        return _strptime_datetime(cls, date_string, format)

    def strftime(self, fmt):
        "Format using strftime()."
        return _strftime(fmt, self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond, self)

    def _cmp(self, other, op_is_eq):
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            a = (self._year, self._month, self._day, self._hour, self._minute,
                 self._second, self._microsecond)
            b = (other._year, other._month, other._day, other._hour, other._minute,
                 other._second, other._microsecond)
            return 0 if a == b else (1 if a > b else -1)
        if myoff is None or otoff is None:
            if op_is_eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def _other_ok(self, other):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date):
            return None
        return False

    def __eq__(self, other):
        ok = self._other_ok(other)
        if ok:
            return self._cmp(other, True) == 0
        if ok is None:
            return False
        return NotImplemented

    def _order(self, other):
        ok = self._other_ok(other)
        if ok is None:
            raise TypeError("can't compare %s to %s"
                            % (_type_name(self), _type_name(other)))
        return ok

    def __lt__(self, other):
        if self._order(other):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if self._order(other):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if self._order(other):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if self._order(other):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def _to_us(self):
        days = self.toordinal()
        secs = self._hour * 3600 + self._minute * 60 + self._second
        return (days * 86400 + secs) * 1000000 + self._microsecond

    def __add__(self, other):
        "Add a datetime and a timedelta."
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._to_us() + other._to_us()
        secs, us = divmod(total, 1000000)
        days, secs = divmod(secs, 86400)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(days)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        "Subtract two datetimes, or a datetime and a timedelta."
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        base = _td_from_us(self._to_us() - other._to_us())
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash(t._to_us())
            else:
                self._hashcode = hash(t._to_us() - tzoff._to_us())
        return self._hashcode

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour,
                             self._minute, self._second, self._microsecond,
                             self._tzinfo))


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH_NAIVE = datetime(1970, 1, 1)


def _iso_date_length(s):
    """Length of the date part at the front of an ISO datetime string."""
    if s[4:5] == '-':
        if s[5:6] == 'W':
            # YYYY-Www or YYYY-Www-D
            return 10 if s[8:9] == '-' else 8
        return 10
    if s[4:5] == 'W':
        # YYYYWww or YYYYWwwD
        if len(s) > 7 and s[7].isdigit():
            return 8
        return 7
    return 8


# ---- timezone ---------------------------------------------------------------------


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % type(name).__name__)
        if cls is timezone and name is None and not offset and _UTC is not None:
            return _UTC
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), not %r.'
                             % offset)
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_type_name(self), self._offset)
        return '%s(%r, %r)' % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s'
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        self._check_dt(dt, 'tzname')
        if self._name is None:
            return self._name_from_offset(self._offset)
        return self._name

    def dst(self, dt):
        self._check_dt(dt, 'dst')
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance or None')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC

_BASE_NAMES = {timedelta: 'datetime.timedelta', date: 'datetime.date',
               time: 'datetime.time', datetime: 'datetime.datetime',
               timezone: 'datetime.timezone', IsoCalendarDate: 'datetime.IsoCalendarDate'}


# ---- strptime ---------------------------------------------------------------------

def _alternatives(*patterns):
    """A matcher trying regex-like alternatives in order.

    Each pattern is a string of 'd' (any ASCII digit), ' ' (a space) or a
    literal digit/character class given as '[..]'."""
    compiled = [_compile_alt(p) for p in patterns]

    def match(s, pos):
        out = []
        for alt in compiled:
            p = pos
            for cls in alt:
                if p < len(s) and s[p] in cls:
                    p += 1
                else:
                    break
            else:
                out.append(p)
        return out
    return match


_DIGITS = '0123456789'


def _compile_alt(p):
    classes = []
    i = 0
    while i < len(p):
        c = p[i]
        if c == 'd':
            classes.append(_DIGITS)
        elif c == '[':
            j = p.index(']', i)
            lo, hi = p[i + 1], p[j - 1]
            classes.append(''.join(chr(k) for k in range(ord(lo), ord(hi) + 1)))
            i = j
        else:
            classes.append(c)
        i += 1
    return classes


def _words(words):
    """Matcher for case-insensitive names, tried longest first like re does
    with CPython's sorted alternation."""
    ordered = sorted(words, key=len, reverse=True)

    def match(s, pos):
        out = []
        for w in ordered:
            if s[pos:pos + len(w)].lower() == w.lower():
                out.append(pos + len(w))
        return out
    return match


def _match_tz_offset(s, pos):
    out = []
    if s[pos:pos + 1] == 'Z':
        return [pos + 1]
    if s[pos:pos + 1] not in ('+', '-'):
        return out
    p = pos + 1
    if not _is_digit_run(s, p, 2):
        return out
    p += 2
    if s[p:p + 1] == ':':
        p += 1
    if not (p + 1 < len(s) and s[p] in '012345' and s[p + 1] in _DIGITS):
        return out
    p += 2
    # optional seconds and fraction, greedy then backing off
    q = p
    if s[q:q + 1] == ':':
        q += 1
    if q + 1 < len(s) and s[q] in '012345' and s[q + 1] in _DIGITS:
        q += 2
        r = q
        if s[r:r + 1] == '.':
            k = r + 1
            while k < len(s) and k - r - 1 < 6 and s[k] in _DIGITS:
                k += 1
            for e in range(k, r + 1, -1):
                out.append(e)
        out.append(q)
    out.append(p)
    return out


def _is_digit_run(s, p, n):
    return p + n <= len(s) and all(c in _DIGITS for c in s[p:p + n])


def _frac_digits(s, pos):
    k = pos
    while k < len(s) and k - pos < 6 and s[k] in _DIGITS:
        k += 1
    return list(range(k, pos, -1))


_STRPTIME_MATCHERS = {
    'd': _alternatives('3[0-1]', '[1-2]d', '0[1-9]', '[1-9]', ' [1-9]'),
    'f': _frac_digits,
    'H': _alternatives('2[0-3]', '[0-1]d', 'd'),
    'I': _alternatives('1[0-2]', '0[1-9]', '[1-9]'),
    'j': _alternatives('36[0-6]', '3[0-5]d', '[1-2]dd', '0[1-9]d', '00[1-9]', '[1-9]d',
                       '0[1-9]', '[1-9]'),
    'm': _alternatives('1[0-2]', '0[1-9]', '[1-9]'),
    'M': _alternatives('[0-5]d', 'd'),
    'S': _alternatives('6[0-1]', '[0-5]d', 'd'),
    'U': _alternatives('5[0-3]', '[0-4]d', 'd'),
    'W': _alternatives('5[0-3]', '[0-4]d', 'd'),
    'w': _alternatives('[0-6]'),
    'u': _alternatives('[1-7]'),
    'y': _alternatives('dd'),
    'Y': _alternatives('dddd'),
    'z': _match_tz_offset,
    'a': _words([n.lower() for n in _DAYNAMES]),
    'A': _words([n.lower() for n in _FULL_DAYNAMES]),
    'b': _words([n.lower() for n in _MONTHNAMES[1:]]),
    'B': _words([n.lower() for n in _FULL_MONTHNAMES[1:]]),
    'p': _words(['am', 'pm']),
    'Z': _words(['utc', 'gmt']),
}


def _tokenize_format(fmt):
    """Split a strptime format into ('d', letter), ('lit', ch) and ('ws',)."""
    tokens = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d == '%':
                tokens.append(('lit', '%'))
            elif d in _STRPTIME_MATCHERS:
                tokens.append(('d', d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            tokens.append(('ws',))
        else:
            tokens.append(('lit', c))
            i += 1
    return tokens


def _strptime_match(tokens, k, s, pos, found):
    """Backtracking matcher: the first way (in regex preference order) for
    tokens[k:] to match s at pos; returns the end position or -1."""
    if k == len(tokens):
        return pos
    tok = tokens[k]
    kind = tok[0]
    if kind == 'lit':
        c = tok[1]
        if pos < len(s) and (s[pos] == c or s[pos].lower() == c.lower()):
            return _strptime_match(tokens, k + 1, s, pos + 1, found)
        return -1
    if kind == 'ws':
        e = pos
        while e < len(s) and s[e].isspace():
            e += 1
        while e > pos:
            r = _strptime_match(tokens, k + 1, s, e, found)
            if r >= 0:
                return r
            e -= 1
        return -1
    d = tok[1]
    for e in _STRPTIME_MATCHERS[d](s, pos):
        r = _strptime_match(tokens, k + 1, s, e, found)
        if r >= 0:
            found[k] = s[pos:e]
            return r
    return -1


def _strptime_datetime(cls, data_string, format):
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s'
                            % (index + 1, type(arg).__name__))
    tokens = _tokenize_format(format)
    found = {}
    end = _strptime_match(tokens, 0, data_string, 0, found)
    if end < 0:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    if end != len(data_string):
        raise ValueError('unconverted data remains: %s' % data_string[end:])
    values = {}
    for k, text in found.items():
        values[tokens[k][1]] = text
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    gmtoff = None
    gmtoff_fraction = 0
    julian = None
    weekday = None
    tzname = None
    if 'y' in values:
        year = int(values['y'])
        year += 2000 if year <= 68 else 1900
    if 'Y' in values:
        year = int(values['Y'])
    if 'm' in values:
        month = int(values['m'])
    if 'B' in values:
        month = [n.lower() for n in _FULL_MONTHNAMES[1:]].index(values['B'].lower()) + 1
    if 'b' in values:
        month = [n.lower() for n in _MONTHNAMES[1:]].index(values['b'].lower()) + 1
    if 'd' in values:
        day = int(values['d'])
    if 'H' in values:
        hour = int(values['H'])
    if 'I' in values:
        hour = int(values['I'])
        ampm = values.get('p', '').lower()
        if ampm in ('', 'am'):
            if hour == 12:
                hour = 0
        elif ampm == 'pm':
            if hour != 12:
                hour += 12
    if 'M' in values:
        minute = int(values['M'])
    if 'S' in values:
        second = int(values['S'])
    if 'f' in values:
        s = values['f']
        fraction = int(s + '0' * (6 - len(s)))
    if 'A' in values:
        weekday = [n.lower() for n in _FULL_DAYNAMES].index(values['A'].lower())
    if 'a' in values:
        weekday = [n.lower() for n in _DAYNAMES].index(values['a'].lower())
    if 'w' in values:
        weekday = (int(values['w']) - 1) % 7
    if 'u' in values:
        weekday = int(values['u']) - 1
    if 'j' in values:
        julian = int(values['j'])
    if 'Z' in values:
        tzname = values['Z']
    if 'z' in values:
        z = values['z']
        if z == 'Z':
            gmtoff = 0
        else:
            if z[3:4] == ':':
                z = z[:3] + z[4:]
                if len(z) > 5:
                    if z[5] != ':':
                        raise ValueError('Inconsistent use of : in %s' % values['z'])
                    z = z[:5] + z[6:]
            elif len(z) > 5 and z[5] == ':':
                raise ValueError('Inconsistent use of : in %s' % values['z'])
            hours, minutes = int(z[1:3]), int(z[3:5])
            seconds = int(z[5:7] or 0)
            gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
            frac = z[8:]
            gmtoff_fraction = int(frac + '0' * (6 - len(frac))) if frac else 0
            if z[0] == '-':
                gmtoff = -gmtoff
                gmtoff_fraction = -gmtoff_fraction
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904         # a leap year, so that Feb 29 is valid
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is not None:
        ordinal = julian - 1 + _ymd2ord(year, 1, 1)
        year, month, day = _ord2ymd(ordinal)
    if leap_year_fix:
        year = 1900
    tz = None
    if gmtoff is not None:
        tzdelta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        tz = timezone(tzdelta, tzname) if tzname else timezone(tzdelta)
    return cls(year, month, day, hour, minute, second, fraction, tz)


# Error messages name these classes as CPython's C types: 'datetime.date', ...
from collections import _name_as_c_type
for _cls in (date, datetime, time, timedelta, tzinfo, timezone, IsoCalendarDate):
    _name_as_c_type(_cls)
del _cls, _name_as_c_type
