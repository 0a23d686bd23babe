"""Dates, times, durations and fixed-offset time zones.

date, time, datetime, timedelta, tzinfo and timezone on the proleptic
Gregorian calendar with microsecond resolution, behaving as CPython's
datetime (the C implementation) does: same reprs, results and messages.

Local time (today(), now(), fromtimestamp() without tz, naive timestamp(),
astimezone() to local time) is read from time.localtime().
"""

import math
import time as _time

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999

# Marks an argument the caller left out (None is a value some take).
_OMITTED = object()


# ==== the calendar ========================================================
#
# Days are numbered by "ordinal": 0001-01-01 is day 1.

_MONTH_LENGTHS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# Days before the first of each month in a common year.
_MONTH_OFFSETS = tuple(sum(_MONTH_LENGTHS[:i]) for i in range(12))

_MONTHNAMES = (None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
               'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_FULL_MONTHNAMES = (None, 'January', 'February', 'March', 'April', 'May', 'June',
                    'July', 'August', 'September', 'October', 'November', 'December')
_DAYNAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_FULL_DAYNAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
                  'Saturday', 'Sunday')


def _is_leap(year):
    if year % 4:
        return False
    return year % 100 != 0 or year % 400 == 0


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _MONTH_LENGTHS[month - 1]


def _day_of_year(year, month, day):
    """1 for January 1st."""
    extra = 1 if month > 2 and _is_leap(year) else 0
    return _MONTH_OFFSETS[month - 1] + extra + day


def _ordinal(year, month, day):
    done = year - 1                     # complete years before this one
    leap_days = done // 4 - done // 100 + done // 400
    return done * 365 + leap_days + _day_of_year(year, month, day)


_LAST_ORDINAL = _ordinal(MAXYEAR, 12, 31)
_UNIX_EPOCH_ORDINAL = _ordinal(1970, 1, 1)


def _ymd(ordinal):
    """(year, month, day) of an ordinal.

    Counts from 0000-03-01 so that the leap day ends each 'year'; then a
    400-year era, the year of the era and the day of that year follow by
    division (a March-based month has a fixed 153-days-per-5 rhythm).
    """
    since_march = ordinal + 305                 # 0001-01-01 is day 306
    era, day_of_era = divmod(since_march, 146097)
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524
                   - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4
                                - year_of_era // 100)
    shifted_month = (5 * day_of_year + 2) // 153       # 0 = March
    day = day_of_year - (153 * shifted_month + 2) // 5 + 1
    month = shifted_month + 3 if shifted_month < 10 else shifted_month - 9
    year = era * 400 + year_of_era + (1 if month <= 2 else 0)
    return year, month, day


def _weekday(ordinal):
    """0 for Monday."""
    return (ordinal + 6) % 7


def _iso_week_one(year):
    """Ordinal of the Monday that starts ISO week 1 (the week of Jan 4th)."""
    fourth = _ordinal(year, 1, 4)
    return fourth - _weekday(fourth)


def _iso_calendar(year, month, day):
    """(ISO year, week 1..53, weekday 1..7)."""
    ordinal = _ordinal(year, month, day)
    start = _iso_week_one(year)
    if ordinal < start:
        year -= 1
        start = _iso_week_one(year)
    else:
        following = _iso_week_one(year + 1)
        if ordinal >= following:
            year += 1
            start = following
    weeks, days = divmod(ordinal - start, 7)
    return year, weeks + 1, days + 1


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    start = _iso_week_one(year)
    # A year has 53 ISO weeks when its week-one Mondays are 371 days apart.
    last_week = 53 if _iso_week_one(year + 1) - start == 371 else 52
    if not 1 <= week <= last_week:
        raise ValueError('Invalid week: %d' % week)
    if not 1 <= day <= 7:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    return _ymd(start + (week - 1) * 7 + day - 1)


def _struct_time(year, month, day, hour, minute, second, dst_flag):
    return _time.struct_time((year, month, day, hour, minute, second,
                              _weekday(_ordinal(year, month, day)),
                              _day_of_year(year, month, day), dst_flag))


# ==== argument checks =====================================================

def _type_name(obj):
    """The class name as CPython's C types show it in reprs."""
    kind = type(obj)
    return _QUALIFIED_NAMES.get(kind, kind.__name__)


def _as_int(value):
    """value as an int, accepting what has __index__ (not floats)."""
    if isinstance(value, int):
        return int(value)
    to_index = getattr(type(value), '__index__', None)
    if isinstance(value, float) or to_index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return to_index(value)


def _required(value, name, position):
    if value is _OMITTED:
        raise TypeError("function missing required argument '%s' (pos %d)"
                        % (name, position))
    return value


def _checked_date(year, month, day):
    if type(year) is not int or type(month) is not int or type(day) is not int:
        year, month, day = _as_int(year), _as_int(month), _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


# (name, largest value) of each clock field, in order.
_CLOCK_LIMITS = (('hour', 23), ('minute', 59), ('second', 59), ('microsecond', 999999))


def _checked_clock(hour, minute, second, microsecond, fold):
    # Fast path: plain ints in range (the common case by far).
    if (type(hour) is int and type(minute) is int and type(second) is int
            and type(microsecond) is int and 0 <= hour <= 23 and 0 <= minute <= 59
            and 0 <= second <= 59 and 0 <= microsecond <= 999999
            and (fold == 0 or fold == 1)):
        return [hour, minute, second, microsecond, fold]
    fields = []
    for (name, top), value in zip(_CLOCK_LIMITS, (hour, minute, second, microsecond)):
        value = _as_int(value)
        if not 0 <= value <= top:
            raise ValueError('%s must be in 0..%d' % (name, top))
        fields.append(value)
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    fields.append(fold)
    return fields


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % type(tz).__name__)


def _check_offset_range(offset):
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24), not %r.'
                         % offset)


def _ask_tzinfo(tz, method, moment):
    """Call tz.utcoffset/dst(moment) and check what comes back."""
    if tz is None:
        return None
    answer = getattr(tz, method)(moment)
    if answer is not None:
        if not isinstance(answer, timedelta):
            raise TypeError('tzinfo.%s() must return None or timedelta, not %r'
                            % (method, type(answer).__name__))
        _check_offset_range(answer)
    return answer


def _ask_tzname(tz, moment):
    if tz is None:
        return None
    name = tz.tzname(moment)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


# ==== text ===================================================================

def _offset_text(offset, sep=':'):
    """'+HH:MM', with ':SS' and '.ffffff' only when needed; '' for None."""
    if offset is None:
        return ''
    sign = '-' if offset.days < 0 else '+'
    offset = abs(offset)
    minutes, seconds = divmod(offset.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = '%s%02d%s%02d' % (sign, hours, sep, minutes)
    if seconds or offset.microseconds:
        text += '%s%02d' % (sep, seconds)
        if offset.microseconds:
            text += '.%06d' % offset.microseconds
    return text


def _clock_text(hour, minute, second, microsecond, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if microsecond else 'seconds'
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hour, minute, second)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hour, minute, second, microsecond)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hour, minute, second, microsecond // 1000)
    if timespec == 'minutes':
        return '%02d:%02d' % (hour, minute)
    if timespec == 'hours':
        return '%02d' % hour
    raise ValueError('Unknown timespec value')


def _format_with(obj, spec):
    """__format__ shared by date, time and datetime."""
    if not isinstance(spec, str):
        raise TypeError('must be str, not %s' % type(spec).__name__)
    return obj.strftime(spec) if spec else str(obj)


# ==== rounding ===============================================================

def _round_half_away(x):
    """C's round(): ties move away from zero."""
    magnitude = math.floor(abs(x))
    if abs(x) - magnitude >= 0.5:
        magnitude += 1
    return magnitude if x >= 0 else -magnitude


def _div_half_even(numerator, denominator):
    """numerator / denominator rounded to an int, ties to even."""
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    quotient, remainder = divmod(numerator, denominator)
    twice = 2 * remainder
    if twice > denominator or (twice == denominator and quotient % 2):
        quotient += 1
    return quotient


# ==== timedelta ==============================================================

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_DELTA_DAYS = 999999999

# Constructor arguments in the order CPython adds them up, with their size
# in microseconds (the order matters for how float parts round).
_DELTA_UNITS = (('microseconds', 1), ('milliseconds', 1000),
                ('seconds', _US_PER_SECOND), ('minutes', 60 * _US_PER_SECOND),
                ('hours', 3600 * _US_PER_SECOND), ('days', _US_PER_DAY),
                ('weeks', 7 * _US_PER_DAY))


def _delta(microseconds, kind=None):
    """A timedelta (or subclass `kind`) of a whole number of microseconds."""
    seconds, us = divmod(microseconds, _US_PER_SECOND)
    days, seconds = divmod(seconds, 86400)
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        raise OverflowError('days=%d; must have magnitude <= %d'
                            % (days, _MAX_DELTA_DAYS))
    made = object.__new__(kind or timedelta)
    made._days = days
    made._seconds = seconds
    made._microseconds = us
    return made


def _sum_delta_arguments(arguments):
    """Total microseconds of timedelta's arguments (name -> value).

    Whole parts are summed exactly; the fractions that floats leave below a
    microsecond are summed apart and rounded once, half to even.
    """
    exact = 0
    spare = 0.0
    for name, size in _DELTA_UNITS:
        value = arguments[name]
        if isinstance(value, int):
            exact += value * size
            continue
        if not isinstance(value, float):
            raise TypeError('unsupported type for timedelta %s component: %s'
                            % (name, type(value).__name__))
        fraction, whole = math.modf(value)
        exact += int(whole) * size
        if fraction:
            below, whole_us = math.modf(fraction * size)
            exact += int(whole_us)
            spare += below
    if spare:
        rounded = _round_half_away(spare)
        if abs(rounded - spare) == 0.5:
            # A tie: pick the neighbour that makes the total even.
            odd = exact % 2
            rounded = 2.0 * _round_half_away((spare + odd) * 0.5) - odd
        exact += int(rounded)
    return exact


class timedelta:
    """A duration: days, seconds (< 1 day) and microseconds (< 1 second).

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
    hours=0, weeks=0); every argument may be an int or a float.
    """

    __slots__ = ('_days', '_seconds', '_microseconds')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        total = _sum_delta_arguments(dict(
            days=days, seconds=seconds, microseconds=microseconds,
            milliseconds=milliseconds, minutes=minutes, hours=hours, weeks=weeks))
        return _delta(total, cls)

    def _in_us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        """The whole duration in seconds, as a float."""
        return self._in_us() / _US_PER_SECOND

    def __repr__(self):
        shown = ['%s=%d' % (name, value) for name, value in
                 (('days', self._days), ('seconds', self._seconds),
                  ('microseconds', self._microseconds)) if value]
        return '%s(%s)' % (_type_name(self), ', '.join(shown) or '0')

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hours, minutes, seconds)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        if self._days:
            unit = 'day' if abs(self._days) == 1 else 'days'
            text = '%d %s, %s' % (self._days, unit, text)
        return text

    # -- arithmetic; results are plain timedeltas, even for subclasses

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return _delta(self._in_us() + other._in_us())

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return _delta(self._in_us() - other._in_us())

    def __rsub__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return _delta(other._in_us() - self._in_us())

    def __neg__(self):
        return _delta(-self._in_us())

    def __pos__(self):
        return _delta(self._in_us())

    def __abs__(self):
        return _delta(abs(self._in_us()))

    def __mul__(self, factor):
        if isinstance(factor, int):
            return _delta(self._in_us() * factor)
        if isinstance(factor, float):
            top, bottom = factor.as_integer_ratio()
            return _delta(_div_half_even(self._in_us() * top, bottom))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._in_us() // other._in_us()
        if isinstance(other, int):
            return _delta(self._in_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._in_us() / other._in_us()
        if isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            return self._scaled(bottom, top)
        if isinstance(other, int):
            return self._scaled(1, other)
        return NotImplemented

    def _scaled(self, multiplier, divisor):
        if divisor == 0:
            raise ZeroDivisionError('integer division or modulo by zero')
        return _delta(_div_half_even(self._in_us() * multiplier, divisor))

    def __mod__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return _delta(self._in_us() % other._in_us())

    def __divmod__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        quotient, rest = divmod(self._in_us(), other._in_us())
        return quotient, _delta(rest)

    # -- comparison and hashing

    def _key_against(self, other):
        return (self._in_us(), other._in_us()) if isinstance(other, timedelta) else None

    def __eq__(self, other):
        keys = self._key_against(other)
        return NotImplemented if keys is None else keys[0] == keys[1]

    def __lt__(self, other):
        keys = self._key_against(other)
        return NotImplemented if keys is None else keys[0] < keys[1]

    def __le__(self, other):
        keys = self._key_against(other)
        return NotImplemented if keys is None else keys[0] <= keys[1]

    def __gt__(self, other):
        keys = self._key_against(other)
        return NotImplemented if keys is None else keys[0] > keys[1]

    def __ge__(self, other):
        keys = self._key_against(other)
        return NotImplemented if keys is None else keys[0] >= keys[1]

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = _delta(_MAX_DELTA_DAYS * _US_PER_DAY + _US_PER_DAY - 1)
timedelta.resolution = timedelta(microseconds=1)
_ONE_DAY = timedelta(1)
_ZERO = timedelta(0)


# ==== strftime ================================================================

def _ctime_text(year, month, day, hh, mm, ss):
    """ctime()'s layout, which is not strftime's %c: the year has four digits."""
    wday = (_ordinal(year, month, day) + 6) % 7            # Monday == 0
    return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[wday], _MONTHNAMES[month],
                                              day, hh, mm, ss, year)


def _strftime(fmt, year, month, day, hh, mm, ss, us, obj_for_tz):
    """Format the fields with a strftime-style format (C locale).

    As CPython does, the directives only a date or time object knows are replaced
    first (%f by the microseconds, %z by the UTC offset, %Z by the zone name), then
    time.strftime lays out the rest, so every directive and flag the C library knows
    (%D, %-d, %^a, ...) means the same here."""
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
    parts = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%':
            parts.append(ch)
            continue
        if i == n:
            parts.append('%')
            break
        c = fmt[i]
        i += 1
        if c == 'f':
            parts.append('%06d' % us)
        elif c == 'z':
            off = obj_for_tz.utcoffset() if obj_for_tz is not None else None
            parts.append(_offset_text(off, ''))
        elif c == 'Z':
            name = obj_for_tz.tzname() if obj_for_tz is not None else None
            # The name goes through time.strftime too: a % in it stays a %.
            parts.append((name or '').replace('%', '%%'))
        else:
            parts.append('%' + c)
    flag = -1
    if isinstance(obj_for_tz, datetime):
        flag = obj_for_tz.timetuple().tm_isdst
    return _time.strftime(''.join(parts),
                          _struct_time(year, month, day, hh, mm, ss, flag))



class IsoCalendarDate(tuple):
    """isocalendar()'s result: a (year, week, weekday) tuple with names."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __reduce__(self):
        # Pickled as a plain tuple, as CPython does.
        return (tuple, (tuple(self),))

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % ((_type_name(self),) + tuple(self))


# ==== comparisons ===========================================================

def _sign(a, b):
    return (a > b) - (a < b)


class _Ordered:
    """Rich comparisons from one method: self._compare(other, equality)
    returns <0, 0 or >0, or NotImplemented; with equality=True it may
    return None for "certainly unequal"."""
    __slots__ = ()

    def __eq__(self, other):
        result = self._compare(other, True)
        if result is NotImplemented:
            return result
        return result == 0

    def __lt__(self, other):
        result = self._compare(other, False)
        return result if result is NotImplemented else result < 0

    def __le__(self, other):
        result = self._compare(other, False)
        return result if result is NotImplemented else result <= 0

    def __gt__(self, other):
        result = self._compare(other, False)
        return result if result is NotImplemented else result > 0

    def __ge__(self, other):
        result = self._compare(other, False)
        return result if result is NotImplemented else result >= 0


# ==== pickle states ======================================================
# CPython pickles a date, time or datetime as its compact byte state (the
# constructors accept it back): year as two bytes, then the fields one byte
# each, microseconds as three; from protocol 4 a fold of 1 sets the high bit
# of the hour (time) or month (datetime).

def _is_state(value, length, month_at=None):
    """`value` is a pickled byte state (bytes, or str from an old pickle)."""
    if isinstance(value, str):
        try:
            value = value.encode('latin1')
        except UnicodeEncodeError:
            return None
    if not isinstance(value, bytes) or len(value) != length:
        return None
    if month_at is not None and not 1 <= (value[month_at] & 0x7F) <= 12:
        return None
    return value


def _date_bytes(year, month, day):
    yhi, ylo = divmod(year, 256)
    return bytes([yhi, ylo, month, day])


def _clock_bytes(hour, minute, second, microsecond):
    us_hi, rest = divmod(microsecond, 65536)
    us_mid, us_lo = divmod(rest, 256)
    return bytes([hour, minute, second, us_hi, us_mid, us_lo])


def _clock_from(state):
    return (state[0], state[1], state[2], (state[3] << 16) | (state[4] << 8) | state[5])


# ==== date ================================================================

class date(_Ordered):
    """A calendar day: date(year, month, day)."""

    __slots__ = ('_year', '_month', '_day')

    def __new__(cls, year, month=_OMITTED, day=_OMITTED):
        state = _is_state(year, 4, 2) if month is _OMITTED else None
        if state is not None:
            made = object.__new__(cls)
            made._year, made._month, made._day = state[0] * 256 + state[1], state[2], state[3]
            return made
        fields = _checked_date(year, _required(month, 'month', 2),
                               _required(day, 'day', 3))
        made = object.__new__(cls)
        made._year, made._month, made._day = fields
        return made

    # -- other constructors

    @classmethod
    def fromtimestamp(cls, t):
        """The local date at POSIX time t."""
        return cls(*_time.localtime(t)[:3])

    @classmethod
    def today(cls):
        """The current local date (for datetime: date and time)."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date with ordinal n (0001-01-01 is 1)."""
        n = _as_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _LAST_ORDINAL:
            raise ValueError('year %d is out of range' % _ymd(n)[0])
        return cls(*_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """Parse YYYY-MM-DD, YYYYMMDD or an ISO week date."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        fields = None
        if len(date_string) in (7, 8, 10):
            fields = _parse_iso_date(date_string)
        if fields is None:
            raise _invalid_iso(date_string)
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO year, week number and weekday."""
        return cls(*_from_iso_calendar(year, week, day))

    # -- fields

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def _ymd_tuple(self):
        return (self._year, self._month, self._day)

    def toordinal(self):
        """Days since 0000-12-31 (0001-01-01 is 1)."""
        return _ordinal(self._year, self._month, self._day)

    def weekday(self):
        """0 for Monday to 6 for Sunday."""
        return _weekday(self.toordinal())

    def isoweekday(self):
        """1 for Monday to 7 for Sunday."""
        return _weekday(self.toordinal()) + 1

    def isocalendar(self):
        """(ISO year, week, weekday) as an IsoCalendarDate."""
        return IsoCalendarDate(*_iso_calendar(*self._ymd_tuple()))

    def replace(self, year=_OMITTED, month=_OMITTED, day=_OMITTED):
        """A copy with the given fields changed."""
        current = self._ymd_tuple()
        changes = (year, month, day)
        return type(self)(*[old if new is _OMITTED else new
                            for old, new in zip(current, changes)])

    # -- text

    def __repr__(self):
        return '%s(%d, %d, %d)' % ((_type_name(self),) + self._ymd_tuple())

    def isoformat(self):
        """YYYY-MM-DD."""
        return '%04d-%02d-%02d' % self._ymd_tuple()

    __str__ = isoformat

    def ctime(self):
        """Like time.ctime(): 'Tue Mar  3 00:00:00 2020'."""
        return _ctime_text(self._year, self._month, self._day, 0, 0, 0)

    def strftime(self, fmt):
        """Format with strftime() directives (time fields are zero)."""
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, None)

    def __format__(self, fmt):
        return _format_with(self, fmt)

    def timetuple(self):
        """A time.struct_time for midnight of this date (dst flag -1)."""
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    # -- comparison, hashing, arithmetic

    def _compare(self, other, equality):
        # A datetime is never compared as a date; it decides for itself.
        if not isinstance(other, date) or isinstance(other, datetime):
            return NotImplemented
        return _sign(self._ymd_tuple(), other._ymd_tuple())

    def __hash__(self):
        return hash(self._ymd_tuple())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        # Only whole days count; the seconds of the timedelta are ignored.
        target = self.toordinal() + other.days
        if not 1 <= target <= _LAST_ORDINAL:
            raise OverflowError('date value out of range')
        return type(self).fromordinal(target)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (_date_bytes(*self._ymd_tuple()),))


date.min = date(MINYEAR, 1, 1)
date.max = date(MAXYEAR, 12, 31)
date.resolution = timedelta(days=1)


# ==== tzinfo ===================================================================

class tzinfo:
    """Base class for time zones: subclasses say what offset from UTC, DST
    adjustment and name apply at a given datetime."""

    __slots__ = ()

    def tzname(self, dt):
        """The zone's name at dt."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """Local time minus UTC at dt, as a timedelta (negative west of UTC)."""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """The daylight saving part of utcoffset(dt)."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """Convert dt, a UTC time carrying this tzinfo, to local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        total = dt.utcoffset()
        if total is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        saving = dt.dst()
        if saving is None:
            raise ValueError('fromutc: non-None dst() result required')
        # Move to standard time first, then ask for the DST in effect there.
        standard = dt + (total - saving)
        saving = standard.dst()
        if saving is None:
            raise ValueError('fromutc: tz.dst() gave inconsistent results; '
                             'cannot convert')
        return standard + saving

    def __reduce__(self):
        initargs = getattr(self, '__getinitargs__', None)
        state = getattr(self, '__dict__', None) or None
        return (type(self), initargs() if initargs else (), state)


# ==== time ==============================================================================

class time(_Ordered):
    """A time of day: time(hour=0, minute=0, second=0, microsecond=0,
    tzinfo=None, *, fold=0)."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        state = _is_state(hour, 6)
        if state is not None and (state[0] & 0x7F) < 24:
            tzinfo = minute if minute != 0 else None
            _check_tzinfo(tzinfo)
            made = object.__new__(cls)
            made._hour, made._minute, made._second, made._microsecond = _clock_from(state)
            made._fold = 0
            if made._hour > 127:
                made._hour -= 128
                made._fold = 1
            made._tzinfo = tzinfo
            made._hashcode = None
            return made
        clock = _checked_clock(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        made = object.__new__(cls)
        made._hour, made._minute, made._second, made._microsecond, made._fold = clock
        made._tzinfo = tzinfo
        made._hashcode = None
        return made

    @classmethod
    def fromisoformat(cls, time_string):
        """Parse an ISO 8601 time such as 12:30:05.123+02:00 (a leading T
        is allowed)."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        body = time_string[1:] if time_string[:1] == 'T' else time_string
        fields = _parse_iso_time(body)
        if fields is None:
            raise _invalid_iso(time_string)
        return cls(*fields)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _clock(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    # -- time zone

    def utcoffset(self):
        """The tzinfo's utcoffset(None), or None for a naive time."""
        return _ask_tzinfo(self._tzinfo, 'utcoffset', None)

    def dst(self):
        """The tzinfo's dst(None), or None for a naive time."""
        return _ask_tzinfo(self._tzinfo, 'dst', None)

    def tzname(self):
        """The tzinfo's tzname(None), or None for a naive time."""
        return _ask_tzname(self._tzinfo, None)

    # -- text

    def __repr__(self):
        shown = list(self._clock())
        while len(shown) > 2 and shown[-1] == 0:
            shown.pop()
        text = '%s(%s' % (_type_name(self), ', '.join(map(str, shown)))
        return text + _repr_tail(self._tzinfo, self._fold)

    def isoformat(self, timespec='auto'):
        """HH:MM:SS[.ffffff][+HH:MM]; timespec picks the precision."""
        return _clock_text(*self._clock(), timespec) + _offset_text(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        """Format with strftime() directives; the date is 1900-01-01."""
        return _strftime(fmt, 1900, 1, 1, *self._clock(), self)

    def __format__(self, fmt):
        return _format_with(self, fmt)

    def replace(self, hour=_OMITTED, minute=_OMITTED, second=_OMITTED,
                microsecond=_OMITTED, tzinfo=True, *, fold=_OMITTED):
        """A copy with the given fields changed (tzinfo=None makes it naive)."""
        clock = [old if new is _OMITTED else new
                 for old, new in zip(self._clock(), (hour, minute, second, microsecond))]
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is _OMITTED:
            fold = self._fold
        return type(self)(*clock, tzinfo, fold=fold)

    # -- comparison and hashing

    def _compare(self, other, equality):
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _sign(self._clock(), other._clock())
        mine, theirs = self.utcoffset(), other.utcoffset()
        if mine == theirs:
            return _sign(self._clock(), other._clock())
        if mine is None or theirs is None:
            if equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware times")
        # Whole seconds of the offsets count (as in CPython), not their
        # microseconds.
        return _sign(
            (self._seconds_of_day() - mine.days * 86400 - mine.seconds,
             self._microsecond),
            (other._seconds_of_day() - theirs.days * 86400 - theirs.seconds,
             other._microsecond))

    def _seconds_of_day(self):
        return self._hour * 3600 + self._minute * 60 + self._second

    def __hash__(self):
        if self._hashcode is None:
            plain = self.replace(fold=0) if self._fold else self
            offset = plain.utcoffset()
            if offset is None:
                self._hashcode = hash(self._clock())
            else:
                since_midnight = timedelta(seconds=self._seconds_of_day(),
                                           microseconds=self._microsecond)
                self._hashcode = hash(since_midnight - offset)
        return self._hashcode

    def __reduce_ex__(self, protocol):
        hour = self._hour + 128 if self._fold and protocol > 3 else self._hour
        state = _clock_bytes(hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _repr_tail(tz, fold):
    """The ', tzinfo=...' and ', fold=1' end of a time or datetime repr."""
    tail = ''
    if tz is not None:
        tail += ', tzinfo=%r' % (tz,)
    if fold:
        tail += ', fold=1'
    return tail + ')'


# ==== local time =========================================================
#
# time.localtime() is the only source of local time.  These helpers work in
# POSIX seconds; "wall seconds" are the local clock's fields read as if they
# were UTC, so wall - posix is the UTC offset in effect.

# Transitions are assumed to be more than a day apart (the longest fold in
# the tz database is 23 hours), so probing a day away sees the other offset.
_PROBE = 86400


def _wall_seconds(posix):
    year, month, day, hour, minute, second = _time.localtime(posix)[:6]
    return ((_ordinal(year, month, day) - _UNIX_EPOCH_ORDINAL) * 86400
            + hour * 3600 + minute * 60 + second)


def _local_offset(posix):
    return _wall_seconds(posix) - posix


def _posix_of_wall(wall, fold):
    """POSIX time at which the local clock shows `wall` (PEP 495 rules).

    A repeated wall time gives the earlier instant for fold=0 and the later
    one for fold=1; a skipped one maps through the offset before the change
    for fold=0 and after it for fold=1.
    """
    earlier = wall - _local_offset(wall - _PROBE)
    later = wall - _local_offset(wall + _PROBE)
    valid = [u for u in (earlier, later) if _wall_seconds(u) == wall]
    if len(valid) == 2:
        return (min, max)[fold](valid)
    if valid:
        return valid[0]
    return (max, min)[fold](earlier, later)


def _repeats_earlier(posix):
    """Whether the wall time at posix was already shown earlier (fold=1)."""
    now = _local_offset(posix)
    before = _local_offset(posix - _PROBE)
    if before <= now:
        return False
    first = posix - (before - now)
    return _wall_seconds(first) == _wall_seconds(posix)


def _split_timestamp(t):
    """(whole POSIX seconds, microseconds) of a timestamp, microseconds
    rounded half to even as CPython does."""
    if not isinstance(t, float):
        return _as_int(t), 0
    if math.isnan(t):
        raise ValueError('Invalid value NaN (not a number)')
    fraction, whole = math.modf(t)
    us = round(fraction * 1e6)
    if us >= _US_PER_SECOND:
        us -= _US_PER_SECOND
        whole += 1.0
    elif us < 0:
        us += _US_PER_SECOND
        whole -= 1.0
    if abs(whole) > 2.0 ** 63:
        raise OverflowError('timestamp out of range for platform time_t')
    return int(whole), us


def _utc_fields(seconds):
    """(year, month, day, hour, minute, second) of POSIX seconds in UTC."""
    days, rest = divmod(seconds, 86400)
    ordinal = days + _UNIX_EPOCH_ORDINAL
    if not 1 <= ordinal <= _LAST_ORDINAL:
        raise ValueError('year %d is out of range' % _ymd(ordinal)[0])
    hour, rest = divmod(rest, 3600)
    return _ymd(ordinal) + (hour,) + divmod(rest, 60)


def _local_zone_at(posix):
    """A fixed-offset timezone for the local zone at a POSIX time."""
    fields = _time.localtime(posix)
    return timezone(timedelta(seconds=fields.tm_gmtoff), fields.tm_zone)


# ==== ISO 8601 parsing ======================================================

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




# ==== datetime =================================================================

class datetime(date):
    """A date and a time of day: datetime(year, month, day, hour=0,
    minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0)."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold', '_hashcode')

    def __new__(cls, year, month=_OMITTED, day=_OMITTED, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        state = _is_state(year, 10, 2)
        if state is not None:
            tzinfo = None if month is _OMITTED else month
            _check_tzinfo(tzinfo)
            made = object.__new__(cls)
            made._year, made._month, made._day = state[0] * 256 + state[1], state[2], state[3]
            made._fold = 0
            if made._month > 127:
                made._month -= 128
                made._fold = 1
            made._hour, made._minute, made._second, made._microsecond = _clock_from(state[4:])
            made._tzinfo = tzinfo
            made._hashcode = None
            return made
        calendar = _checked_date(year, _required(month, 'month', 2),
                                 _required(day, 'day', 3))
        clock = _checked_clock(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        made = object.__new__(cls)
        made._year, made._month, made._day = calendar
        made._hour, made._minute, made._second, made._microsecond, made._fold = clock
        made._tzinfo = tzinfo
        made._hashcode = None
        return made

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _clock(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _fields(self):
        return self._ymd_tuple() + self._clock()

    # -- other constructors

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The datetime at POSIX time t: local and naive, or in zone tz."""
        _check_tzinfo(tz)
        seconds, us = _split_timestamp(t)
        if tz is not None:
            return tz.fromutc(cls(*_utc_fields(seconds), us, tz))
        _utc_fields(seconds)                         # the same range check
        year, month, day, hour, minute, second = _time.localtime(seconds)[:6]
        local = cls(year, month, day, hour, minute, min(second, 59), us)
        if _repeats_earlier(seconds):
            local._fold = 1
        return local

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC datetime at POSIX time t."""
        seconds, us = _split_timestamp(t)
        return cls(*_utc_fields(seconds), us)

    @classmethod
    def now(cls, tz=None):
        """The current time: local and naive, or in zone tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current UTC time as a naive datetime."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """The datetime of a date and a time (tzinfo defaults to the time's)."""
        for position, value, kind, name in ((1, date, _date_class, 'date'),
                                            (2, time, _time_class, 'time')):
            if not isinstance(value, kind):
                raise TypeError('combine() argument %d must be datetime.%s, not %s'
                                % (position, name, type(value).__name__))
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Parse an ISO 8601 date, optionally followed by one separator
        character and an ISO time."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        fields = None
        if len(date_string) >= 7:
            fields = _parse_iso_datetime(date_string)
        if fields is None:
            raise _invalid_iso(date_string)
        return cls(*fields)

    @classmethod
    def strptime(cls, date_string, format):
        """Parse date_string as laid out by format (time.strptime's codes)."""
        return _strptime_datetime(cls, date_string, format)

    # -- parts

    def date(self):
        """The date part."""
        return date(*self._ymd_tuple())

    def time(self):
        """The time part, naive."""
        return time(*self._clock(), fold=self._fold)

    def timetz(self):
        """The time part with this datetime's tzinfo."""
        return time(*self._clock(), self._tzinfo, fold=self._fold)

    def replace(self, year=_OMITTED, month=_OMITTED, day=_OMITTED, hour=_OMITTED,
                minute=_OMITTED, second=_OMITTED, microsecond=_OMITTED, tzinfo=True,
                *, fold=_OMITTED):
        """A copy with the given fields changed (tzinfo=None makes it naive)."""
        changes = (year, month, day, hour, minute, second, microsecond)
        fields = [old if new is _OMITTED else new
                  for old, new in zip(self._fields(), changes)]
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is _OMITTED:
            fold = self._fold
        return type(self)(*fields, tzinfo, fold=fold)

    # -- time zone

    def utcoffset(self):
        """The tzinfo's utcoffset(self), or None for a naive datetime."""
        return _ask_tzinfo(self._tzinfo, 'utcoffset', self)

    def dst(self):
        """The tzinfo's dst(self), or None for a naive datetime."""
        return _ask_tzinfo(self._tzinfo, 'dst', self)

    def tzname(self):
        """The tzinfo's tzname(self), or None for a naive datetime."""
        return _ask_tzname(self._tzinfo, self)

    def _naive_seconds(self):
        """Seconds since 1970-01-01 00:00 of the fields, offset ignored."""
        return ((self.toordinal() - _UNIX_EPOCH_ORDINAL) * 86400
                + self._hour * 3600 + self._minute * 60 + self._second)

    def timestamp(self):
        """POSIX time of this instant as a float (naive means local time)."""
        if self._tzinfo is None:
            return _posix_of_wall(self._naive_seconds(), self._fold) \
                + self._microsecond / 1e6
        return (self.replace(tzinfo=None) - _EPOCH_NAIVE
                - self.utcoffset()).total_seconds()

    def _zone_for_local_use(self):
        """The local zone, as a fixed offset, at this (naive, local) instant."""
        if self._tzinfo is None:
            return _local_zone_at(_posix_of_wall(self._naive_seconds(), self._fold))
        since_epoch = self.replace(tzinfo=None) - _EPOCH_NAIVE - self.utcoffset()
        return _local_zone_at(since_epoch // timedelta(seconds=1))

    def astimezone(self, tz=None):
        """The same instant in zone tz (default: the local zone)."""
        if tz is not None:
            _check_tzinfo(tz)
        own_zone = self._tzinfo
        own_offset = None if own_zone is None else own_zone.utcoffset(self)
        if own_offset is None:
            # Naive (or a zone without an offset): the fields are local time.
            own_zone = self.replace(tzinfo=None)._zone_for_local_use()
            own_offset = own_zone.utcoffset(self)
        if tz is own_zone:
            return self
        in_utc = self - own_offset
        if tz is None:
            # The local zone in effect at that UTC instant.
            seconds = (in_utc.replace(tzinfo=None) - _EPOCH_NAIVE) // timedelta(seconds=1)
            tz = _local_zone_at(seconds)
        return tz.fromutc(in_utc.replace(tzinfo=tz))

    def timetuple(self):
        """A time.struct_time of the fields; dst flag from dst()."""
        saving = self.dst()
        flag = -1 if saving is None else (1 if saving else 0)
        return _struct_time(self._year, self._month, self._day,
                            self._hour, self._minute, self._second, flag)

    def utctimetuple(self):
        """A time.struct_time of the UTC time (naive counts as UTC)."""
        offset = self.utcoffset()
        moment = self - offset if offset else self
        return _struct_time(moment.year, moment.month, moment.day,
                            moment.hour, moment.minute, moment.second, 0)

    # -- text

    def __repr__(self):
        shown = list(self._fields())
        for _ in range(2):                  # drop zero microsecond, then second
            if shown[-1] == 0:
                shown.pop()
        text = '%s(%s' % (_type_name(self), ', '.join(map(str, shown)))
        return text + _repr_tail(self._tzinfo, self._fold)

    def isoformat(self, sep='T', timespec='auto'):
        """YYYY-MM-DD{sep}HH:MM:SS[.ffffff][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, '
                            'not %s' % type(sep).__name__)
        return (date.isoformat(self) + sep + _clock_text(*self._clock(), timespec)
                + _offset_text(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        """Like time.ctime(): 'Tue Mar  3 10:20:30 2020'."""
        return _ctime_text(*self._ymd_tuple(), self._hour, self._minute, self._second)

    def strftime(self, fmt):
        """Format with strftime() directives."""
        return _strftime(fmt, *self._fields(), self)

    # -- comparison

    def _compare(self, other, equality):
        if not isinstance(other, datetime):
            if not isinstance(other, date):
                return NotImplemented
            # A datetime and a plain date are never equal, nor ordered.
            if equality:
                return None
            raise TypeError("can't compare %s to %s"
                            % (_type_name(self), _type_name(other)))
        if self._tzinfo is other._tzinfo:
            return _sign(self._fields(), other._fields())
        mine, theirs = self.utcoffset(), other.utcoffset()
        if equality and (_offset_depends_on_fold(self, mine)
                         or _offset_depends_on_fold(other, theirs)):
            # PEP 495: an ambiguous or skipped time equals nothing in
            # another zone.
            return None
        if mine == theirs:
            return _sign(self._fields(), other._fields())
        if mine is None or theirs is None:
            if equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        difference = self - other
        return (difference > _ZERO) - (difference < _ZERO)

    def __hash__(self):
        if self._hashcode is None:
            plain = self.replace(fold=0) if self._fold else self
            offset = plain.utcoffset()
            instant = self._in_us()
            if offset is not None:
                instant -= offset._in_us()
            self._hashcode = hash(instant)
        return self._hashcode

    # -- arithmetic

    def _in_us(self):
        """Microseconds since 0001-01-01 00:00 of the fields."""
        seconds = self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 \
            + self._second
        return seconds * _US_PER_SECOND + self._microsecond

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        seconds, us = divmod(self._in_us() + other._in_us(), _US_PER_SECOND)
        days, seconds = divmod(seconds, 86400)
        if not 1 <= days <= _LAST_ORDINAL:
            raise OverflowError('date value out of range')
        hour, seconds = divmod(seconds, 3600)
        minute, second = divmod(seconds, 60)
        return type(self)(*_ymd(days), hour, minute, second, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        naive_gap = _delta(self._in_us() - other._in_us())
        if self._tzinfo is other._tzinfo:
            return naive_gap
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        if mine == theirs:
            return naive_gap
        return naive_gap - (mine - theirs)

    def __reduce_ex__(self, protocol):
        month = self._month + 128 if self._fold and protocol > 3 else self._month
        state = (_date_bytes(self._year, month, self._day)
                 + _clock_bytes(self._hour, self._minute, self._second, self._microsecond))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _offset_depends_on_fold(moment, offset):
    if moment._tzinfo is None:
        return False
    return moment.replace(fold=not moment._fold).utcoffset() != offset


_date_class = date
_time_class = time

datetime.min = datetime(MINYEAR, 1, 1)
datetime.max = datetime(MAXYEAR, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH_NAIVE = datetime(1970, 1, 1)


def _parse_iso_datetime(text):
    """Fields for datetime(...) from 'DATE[<sep>TIME]', or None."""
    split = _iso_date_length(text)
    date_part, time_part = text[:split], text[split + 1:]
    calendar = _parse_iso_date(date_part)
    if calendar is None or (len(text) > split and not time_part):
        return None
    if not time_part:
        return calendar + (0, 0, 0, 0, None)
    clock = _parse_iso_time(time_part)
    return None if clock is None else calendar + clock


# ==== timezone ===============================================================

class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name: timezone(offset, name)."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % type(name).__name__)
        if cls is timezone and name is None and not offset and _UTC is not None:
            return _UTC                         # UTC is a singleton
        _check_offset_range(offset)
        made = tzinfo.__new__(cls)
        made._offset = offset
        made._name = name
        return made

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __reduce__(self):
        # tzinfo's reduction: constructor arguments and no instance state
        return (type(self), self.__getinitargs__(), None)

    def __eq__(self, other):
        # Names do not matter, only offsets.
        if not isinstance(other, timezone):
            return NotImplemented
        return self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        shown = ', '.join(repr(arg) for arg in self.__getinitargs__())
        return '%s(%s)' % (_type_name(self), shown)

    def __str__(self):
        return self.tzname(None)

    def _accepts(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, '
                            'not %s' % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._accepts(dt, 'utcoffset')
        return self._offset

    def dst(self, dt):
        self._accepts(dt, 'dst')
        return None

    def tzname(self, dt):
        self._accepts(dt, 'tzname')
        if self._name is not None:
            return self._name
        return 'UTC' + (_offset_text(self._offset) if self._offset else '')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


_UTC = None                 # lets the first timezone(timedelta(0)) be made
_UTC = timezone(_ZERO)
timezone.utc = UTC = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))

# Reprs show the built-in classes with their module, as C types do.
_QUALIFIED_NAMES = {kind: 'datetime.' + kind.__name__ for kind in
                    (timedelta, date, time, datetime, timezone, IsoCalendarDate)}


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



def _julian_from_week(year, week, weekday, monday_first):
    """Day of the year of a %U / %W week number and a weekday (Monday 0)."""
    jan1 = _weekday(_ordinal(year, 1, 1))
    if not monday_first:
        # %U weeks start on Sunday: count weekdays from Sunday instead.
        jan1, weekday = (jan1 + 1) % 7, (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - jan1
    first_week_start = 1 + (7 - jan1) % 7
    return first_week_start + 7 * (week - 1) + weekday


def _utc_offset_parts(text):
    """(seconds, microseconds) east of UTC for a matched %z text."""
    if text == 'Z':
        return 0, 0
    sign, body = text[0], text[1:]
    if body[2:3] == ':':
        # With a colon after the hours, seconds need one too.
        if len(body) > 5 and body[5] != ':':
            raise ValueError('Inconsistent use of : in %s' % text)
        body = body.replace(':', '')
    elif len(body) > 4 and body[4] == ':':
        raise ValueError('Inconsistent use of : in %s' % text)
    seconds = int(body[0:2]) * 3600 + int(body[2:4]) * 60 + int(body[4:6] or 0)
    fraction = body[7:]
    micro = int(fraction.ljust(6, '0')) if fraction else 0
    if sign == '-':
        seconds, micro = -seconds, -micro
    return seconds, micro


def _name_index(names, text):
    return [name.lower() for name in names].index(text.lower())


def _strptime_datetime(cls, data_string, format):
    for position, argument in enumerate((data_string, format), 1):
        if not isinstance(argument, str):
            raise TypeError('strptime() argument %d must be str, not %s'
                            % (position, type(argument).__name__))
    tokens = _tokenize_format(format)
    matched = {}
    end = _strptime_match(tokens, 0, data_string, 0, matched)
    if end < 0:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    if end != len(data_string):
        raise ValueError('unconverted data remains: %s' % data_string[end:])
    # Directive letter -> matched text, in the order the format gives them
    # (a later directive for the same field wins).
    texts = {tokens[k][1]: matched[k] for k in sorted(matched)}
    got = {'year': None, 'month': 1, 'day': 1, 'hour': 0, 'minute': 0,
           'second': 0, 'fraction': 0, 'weekday': None, 'julian': None,
           'week': None, 'offset': None}
    for letter, text in texts.items():
        _STRPTIME_STORE[letter](got, text, texts)
    year, month, day = got['year'], got['month'], got['day']
    # Without a year, February 29th is checked against a leap year (1904)
    # but reported with 1900, the default year.
    leap_day_only = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_day_only else 1900
    julian, weekday = got['julian'], got['weekday']
    if julian is None and weekday is not None and got['week'] is not None:
        week, monday_first = got['week']
        julian = _julian_from_week(year, week, weekday, monday_first)
        if julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        year, month, day = _ymd(_ordinal(year, 1, 1) + julian - 1)
    else:
        _checked_date(year, month, day)
    if leap_day_only:
        year = 1900
    zone = None
    if got['offset'] is not None:
        seconds, micro = got['offset']
        shift = timedelta(seconds=seconds, microseconds=micro)
        zone = timezone(shift, texts['Z']) if texts.get('Z') else timezone(shift)
    return cls(year, month, day, got['hour'], got['minute'], got['second'],
               got['fraction'], zone)


def _store_hour12(got, text, texts):
    hour = int(text) % 12                 # 12 AM is hour 0
    if texts.get('p', '').lower() == 'pm':
        hour += 12
    got['hour'] = hour


def _store_fraction(got, text, texts):
    got['fraction'] = int(text.ljust(6, '0'))


def _store_field(field, convert):
    def store(got, text, texts):
        got[field] = convert(text)
    return store


def _ignore(got, text, texts):
    pass


_STRPTIME_STORE = {
    'Y': _store_field('year', int),
    'y': _store_field('year', lambda t: int(t) + (2000 if int(t) <= 68 else 1900)),
    'm': _store_field('month', int),
    'B': _store_field('month', lambda t: _name_index(_FULL_MONTHNAMES[1:], t) + 1),
    'b': _store_field('month', lambda t: _name_index(_MONTHNAMES[1:], t) + 1),
    'd': _store_field('day', int),
    'H': _store_field('hour', int),
    'I': _store_hour12,
    'M': _store_field('minute', int),
    'S': _store_field('second', int),
    'f': _store_fraction,
    'A': _store_field('weekday', lambda t: _name_index(_FULL_DAYNAMES, t)),
    'a': _store_field('weekday', lambda t: _name_index(_DAYNAMES, t)),
    'w': _store_field('weekday', lambda t: (int(t) - 1) % 7),
    'u': _store_field('weekday', lambda t: int(t) - 1),
    'j': _store_field('julian', int),
    'U': _store_field('week', lambda t: (int(t), False)),
    'W': _store_field('week', lambda t: (int(t), True)),
    'z': _store_field('offset', _utc_offset_parts),
    'p': _ignore,
    'Z': _ignore,
}


# Error messages name these classes as CPython's C types: 'datetime.date', ...
from collections import _name_as_c_type
for _cls in (date, datetime, time, timedelta, tzinfo, timezone, IsoCalendarDate):
    _name_as_c_type(_cls)
del _cls, _name_as_c_type
