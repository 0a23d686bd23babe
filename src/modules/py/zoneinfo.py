"""IANA time zones read from the system's compiled TZif files (/usr/share/zoneinfo).

`ZoneInfo(key)` is a `datetime.tzinfo` whose offsets, abbreviations and DST amounts
come from the zone's transitions; past the last transition in the file, the POSIX TZ
rule in the file's footer (e.g. ``CET-1CEST,M3.5.0,M10.5.0/3``) gives them. Local times
that occur twice (a fold) or never (a gap) are resolved by `datetime.fold` as PEP 495
describes. The `tzdata` package is not consulted: zones come from TZPATH only.
"""

import bisect as _bisect
import calendar as _calendar
import os as _os
import re as _re
import struct as _struct
import warnings as _warnings
from datetime import datetime as _datetime, timedelta as _timedelta, tzinfo as _tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

_DEFAULT_TZPATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo",
                   "/usr/share/lib/zoneinfo", "/etc/zoneinfo")
_EPOCH_ORDINAL = _datetime(1970, 1, 1).toordinal()


class ZoneInfoNotFoundError(KeyError):
    """No time zone of the requested key could be found."""


ZoneInfoNotFoundError.__module__ = "zoneinfo._common"


class InvalidTZPathWarning(RuntimeWarning):
    """A relative path was found in PYTHONTZPATH and ignored."""


InvalidTZPathWarning.__module__ = "zoneinfo._tzpath"


# --- the search path -----------------------------------------------------------------

def _absolute_only(paths, source):
    kept = []
    for path in paths:
        if _os.path.isabs(path):
            kept.append(path)
        else:
            _warnings.warn(f"Invalid paths specified in {source}: {path!r}",
                           InvalidTZPathWarning, stacklevel=4)
    return tuple(kept)


def reset_tzpath(to=None):
    """Set TZPATH: to the given absolute paths, or else from PYTHONTZPATH or the
    default directories."""
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        if not all(map(_os.path.isabs, to)):
            raise ValueError(f"tzpaths must contain only absolute paths, not {to!r}")
        TZPATH = tuple(to)
        return
    env = _os.environ.get("PYTHONTZPATH")
    if env is None:
        TZPATH = _DEFAULT_TZPATH
    else:
        TZPATH = _absolute_only([p for p in env.split(_os.pathsep) if p], "PYTHONTZPATH")


TZPATH = ()
reset_tzpath()


def _check_key(key):
    """Keys are normalised relative paths below a TZPATH directory."""
    if _os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    normal = _os.path.normpath(key)
    if len(normal) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    if not _os.path.normpath(_os.path.join("_", normal)).startswith("_/"):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def _find_tzfile(key):
    _check_key(key)
    for directory in TZPATH:
        path = _os.path.join(directory, key)
        if _os.path.isfile(path):
            return path
    return None


def _is_tzif(path):
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"TZif"
    except Exception:
        return False


def available_timezones():
    """The set of keys of every zone found under TZPATH."""
    zones = set()
    for root_dir in TZPATH:
        if not _os.path.exists(root_dir):
            continue
        for root, dirs, files in _os.walk(root_dir):
            if root == root_dir:
                # Leap-second ("right") and duplicate ("posix") trees are not zones of their own.
                for special in ("right", "posix"):
                    if special in dirs:
                        dirs.remove(special)
            for name in files:
                path = _os.path.join(root, name)
                key = _os.path.relpath(path, start=root_dir)
                if key and key not in zones and _is_tzif(path):
                    zones.add(key)
    zones.discard("posixrules")
    return zones


# --- offsets ----------------------------------------------------------------------

class _Offset:
    """One local time type: UTC offset, DST amount and abbreviation."""
    __slots__ = ("utcoff", "dstoff", "tzname")

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff
        self.dstoff = dstoff
        self.tzname = tzname

    def __eq__(self, other):
        return (isinstance(other, _Offset) and self.utcoff == other.utcoff
                and self.dstoff == other.dstoff and self.tzname == other.tzname)


_NO_OFFSET = _Offset(None, None, None)


def _seconds(n):
    return _timedelta(seconds=n)


def _days_to_epoch(year, month, day):
    return _datetime(year, month, day).toordinal() - _EPOCH_ORDINAL


class _DayOfYearRule:
    """Jn (1..365, February 29 never counted) or n (0..365, counted)."""

    def __init__(self, day, julian):
        if not (julian <= day <= 365):
            raise ValueError(f"Invalid day of year: {day}")
        self.day = day
        self.julian = julian
        self.hour, self.minute, self.second = 2, 0, 0

    def local_timestamp(self, year):
        day = self.day
        if self.julian and day >= 59 and _calendar.isleap(year):
            day += 1
        days = _days_to_epoch(year, 1, 1) + day
        return days * 86400 + self.hour * 3600 + self.minute * 60 + self.second


class _MonthWeekDayRule:
    """Mm.w.d: day d (0 is Sunday) of week w (5 is the last) of month m."""

    def __init__(self, month, week, weekday):
        if not 1 <= month <= 12 or not 1 <= week <= 5 or not 0 <= weekday <= 6:
            raise ValueError(f"Invalid transition rule: M{month}.{week}.{weekday}")
        self.month, self.week, self.weekday = month, week, weekday
        self.hour, self.minute, self.second = 2, 0, 0

    def local_timestamp(self, year):
        first_weekday, length = _calendar.monthrange(year, self.month)
        # calendar counts Monday as 0, POSIX Sunday.
        day = (self.weekday - (first_weekday + 1)) % 7 + 1 + (self.week - 1) * 7
        if day > length:
            day -= 7
        days = _days_to_epoch(year, self.month, day)
        return days * 86400 + self.hour * 3600 + self.minute * 60 + self.second


class _PosixRule:
    """The yearly standard / daylight saving alternation of a POSIX TZ string."""

    def __init__(self, std_name, std_offset, dst_name, dst_offset, start, end):
        self.dst_diff = dst_offset - std_offset
        self.std = _Offset(_seconds(std_offset), _seconds(0), std_name)
        self.dst = _Offset(_seconds(dst_offset), _seconds(self.dst_diff), dst_name)
        self.start = start
        self.end = end

    def _transitions(self, year):
        return self.start.local_timestamp(year), self.end.local_timestamp(year)

    def offset_at_local(self, ts, year, fold):
        start, end = self._transitions(year)
        # The side of a gap or fold a local time falls on depends on fold and on
        # whether daylight saving time moves clocks forward (the usual case).
        if fold == (self.dst_diff >= 0):
            end -= self.dst_diff
        else:
            start += self.dst_diff
        if start < end:
            in_dst = start <= ts < end
        else:
            in_dst = not (end <= ts < start)
        return self.dst if in_dst else self.std

    def offset_at_utc(self, ts, year):
        start, end = self._transitions(year)
        start -= self.std.utcoff.total_seconds()
        end -= self.dst.utcoff.total_seconds()
        if start < end:
            in_dst = start <= ts < end
        else:
            in_dst = not (end <= ts < start)
        if self.dst_diff > 0:
            repeated_from, repeated_to = end, end + self.dst_diff
        else:
            repeated_from, repeated_to = start, start - self.dst_diff
        fold = repeated_from <= ts < repeated_to
        return (self.dst if in_dst else self.std), fold


_TZ_NAME = r"[^<0-9:.+-]+|<[a-zA-Z0-9+-]+>"
_TZ_OFFSET = r"[+-]?\d{1,3}(?::\d{2}(?::\d{2})?)?"
_TZ_STRING = _re.compile(
    rf"(?P<std>{_TZ_NAME})(?:(?P<stdoff>{_TZ_OFFSET})"
    rf"(?:(?P<dst>{_TZ_NAME})(?P<dstoff>{_TZ_OFFSET})?)?)?", _re.ASCII)
_HMS = _re.compile(r"(?P<sign>[+-])?(?P<h>\d{1,3})(?::(?P<m>\d{2})(?::(?P<s>\d{2}))?)?",
                   _re.ASCII)


def _hms(text):
    match = _HMS.fullmatch(text)
    if match is None:
        raise ValueError(f"Invalid time: {text}")
    sign = -1 if match.group("sign") == "-" else 1
    return tuple(sign * int(match.group(g) or 0) for g in ("h", "m", "s"))


def _offset_seconds(text):
    h, m, s = _hms(text)
    return h * 3600 + m * 60 + s


def _parse_rule(text):
    date, *time = text.split("/")
    if date.startswith("M"):
        match = _re.fullmatch(r"M(\d{1,2})\.(\d)\.(\d)", date, _re.ASCII)
        if match is None:
            raise ValueError(f"Invalid dst start/end date: {text}")
        rule = _MonthWeekDayRule(*map(int, match.groups()))
    elif date.startswith("J"):
        rule = _DayOfYearRule(int(date[1:]), True)
    else:
        rule = _DayOfYearRule(int(date), False)
    if time:
        rule.hour, rule.minute, rule.second = _hms(time[0])
    return rule


def _parse_tz_string(text):
    """The offset or rule a POSIX TZ string describes (offsets there count west of
    Greenwich, hence the negations)."""
    head, *rules = text.split(",", 1)
    match = _TZ_STRING.fullmatch(head)
    if match is None:
        raise ValueError(f"{text} is not a valid TZ string")
    std_name = match.group("std").strip("<>")
    std_offset = -_offset_seconds(match.group("stdoff") or "0")
    dst_name = match.group("dst")
    if not dst_name:
        if rules:
            raise ValueError(f"Transition rule present without DST: {text}")
        return _Offset(_seconds(std_offset), _seconds(0), std_name)
    dst_name = dst_name.strip("<>")
    if match.group("dstoff"):
        dst_offset = -_offset_seconds(match.group("dstoff"))
    else:
        dst_offset = std_offset + 3600
    if not rules:
        raise ValueError(f"No transition rule in TZ string: {text}")
    parts = rules[0].split(",")
    if len(parts) != 2:
        raise ValueError(f"Invalid TZ string: {text}")
    start, end = map(_parse_rule, parts)
    return _PosixRule(std_name, std_offset, dst_name, dst_offset, start, end)


# --- TZif files -------------------------------------------------------------------

def _read_tzif(fobj):
    """(transition times in UTC, local time type index per transition,
    UTC offsets, DST flags, abbreviations, footer TZ string or None)."""
    header = fobj.read(44)
    if len(header) < 44 or header[:4] != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    version = header[4:5]
    counts = _struct.unpack(">6l", header[20:44])
    if version not in (b"", b"\x00"):
        # Skip the 32-bit body: the 64-bit one follows with its own header.
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
        fobj.read(timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt)
        header = fobj.read(44)
        if header[:4] != b"TZif":
            raise ValueError("Invalid TZif file: second header not found")
        counts = _struct.unpack(">6l", header[20:44])
        time_size, time_code = 8, "q"
    else:
        time_size, time_code = 4, "l"
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    times = list(_struct.unpack(f">{timecnt}{time_code}", fobj.read(timecnt * time_size)))
    indices = list(fobj.read(timecnt))
    utcoffs, isdsts, abbr_starts = [], [], []
    for _ in range(typecnt):
        utcoff, isdst, abbr_start = _struct.unpack(">lbb", fobj.read(6))
        utcoffs.append(utcoff)
        isdsts.append(isdst)
        abbr_starts.append(abbr_start)
    chars = fobj.read(charcnt)
    names = [chars[i:chars.index(b"\x00", i)].decode() for i in abbr_starts]
    footer = None
    if time_size == 8:
        fobj.read(leapcnt * (time_size + 4) + isstdcnt + isutcnt)
        rest = fobj.read()
        if rest.startswith(b"\n"):
            footer = rest[1:rest.index(b"\n", 1)].decode() or None
    return times, indices, utcoffs, isdsts, names, footer


def _dst_amounts(indices, utcoffs, isdsts):
    """TZif files flag DST types without saying by how much: take the difference to
    the standard-time type next to it in the sequence of transitions (an hour when
    there is none)."""
    count = len(isdsts)
    amounts = [0] * count
    wanted = sum(1 for flag in isdsts if flag)
    found = 0
    for i in range(1, len(indices)):
        if found == wanted:
            break
        index = indices[i]
        if not isdsts[index] or amounts[index]:
            continue
        amount = 0
        before = indices[i - 1]
        if not isdsts[before]:
            amount = utcoffs[index] - utcoffs[before]
        if not amount and index < count - 1 and i + 1 < len(indices):
            after = indices[i + 1]
            if not isdsts[after]:
                amount = utcoffs[index] - utcoffs[after]
        if amount:
            found += 1
            amounts[index] = amount
    else:
        for index in range(count):
            if isdsts[index] and not amounts[index]:
                amounts[index] = 3600
    return amounts


def _local_transition_times(times, indices, utcoffs):
    """The transitions in local wall time, as seen with fold=0 (the later of the two
    readings of a repeated or skipped hour) and with fold=1 (the earlier)."""
    fold0 = list(times)
    fold1 = list(times)
    if not times:
        return fold0, fold1
    first_before = utcoffs[0]
    first_after = utcoffs[indices[0]]
    fold0[0] += first_before
    fold1[0] += first_after
    for i in range(1, len(times)):
        before = utcoffs[indices[i - 1]]
        after = utcoffs[indices[i]]
        fold0[i] += max(before, after)
        fold1[i] += min(before, after)
    return fold0, fold1


def _local_timestamp(dt):
    return ((dt.toordinal() - _EPOCH_ORDINAL) * 86400
            + dt.hour * 3600 + dt.minute * 60 + dt.second)


# --- ZoneInfo -------------------------------------------------------------------------

class ZoneInfo(_tzinfo):
    """An IANA time zone; ZoneInfo(key) returns the same object for the same key."""

    _cache = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._cache = {}

    def __new__(cls, key):
        zone = cls._cache.get(key)
        if zone is None:
            zone = cls._new_instance(key)
            zone._from_cache = True
            zone = cls._cache.setdefault(key, zone)
        return zone

    @classmethod
    def no_cache(cls, key):
        """A fresh ZoneInfo for key, bypassing (and not filling) the cache."""
        zone = cls._new_instance(key)
        zone._from_cache = False
        return zone

    @classmethod
    def _new_instance(cls, key):
        path = _find_tzfile(key)
        if path is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        zone = super().__new__(cls)
        zone._key = key
        with open(path, "rb") as f:
            zone._load(f)
        return zone

    @classmethod
    def from_file(cls, fobj, /, key=None):
        """A ZoneInfo read from a binary TZif file object; never cached."""
        zone = super().__new__(cls)
        zone._key = key
        zone._from_cache = False
        zone._file_repr = repr(fobj)
        zone._load(fobj)
        return zone

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def _load(self, fobj):
        times, indices, utcoffs, isdsts, names, footer = _read_tzif(fobj)
        dst_amounts = _dst_amounts(indices, utcoffs, isdsts)
        types = [_Offset(_seconds(off), _seconds(dst), name)
                 for off, dst, name in zip(utcoffs, dst_amounts, names)]
        self._utc_times = times
        self._local_times = _local_transition_times(times, indices, utcoffs)
        self._offsets = [types[i] for i in indices]
        # Before the first transition: the first standard-time type.
        self._before = next((t for t, dst in zip(types, isdsts) if not dst),
                            types[0] if types else None)
        if footer:
            self._after = _parse_tz_string(footer)
        elif self._offsets:
            self._after = self._offsets[-1]
        else:
            self._after = types[0]
        if len(types) > 1 or not isinstance(self._after, _Offset):
            self._fixed = False
        else:
            self._fixed = not types or types[0] == self._after

    def _offset_for(self, dt):
        if dt is None:
            return self._after if self._fixed else _NO_OFFSET
        ts = _local_timestamp(dt)
        local_times = self._local_times[dt.fold]
        if local_times and ts < local_times[0]:
            return self._before
        if not local_times or ts > local_times[-1]:
            if isinstance(self._after, _PosixRule):
                return self._after.offset_at_local(ts, dt.year, dt.fold)
            return self._after
        return self._offsets[_bisect.bisect_right(local_times, ts) - 1]

    def utcoffset(self, dt):
        return self._offset_for(dt).utcoff

    def dst(self, dt):
        return self._offset_for(dt).dstoff

    def tzname(self, dt):
        return self._offset_for(dt).tzname

    def fromutc(self, dt):
        if not isinstance(dt, _datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        ts = _local_timestamp(dt)
        times = self._utc_times
        fold = False
        if times and ts < times[0]:
            offset = self._before
        elif not times or ts > times[-1]:
            if isinstance(self._after, _PosixRule):
                offset, fold = self._after.offset_at_utc(ts, dt.year)
            else:
                offset = self._after
        else:
            index = _bisect.bisect_right(times, ts)
            if len(times) > 1 and ts >= times[1]:
                previous, offset = self._offsets[index - 2:index]
            else:
                previous, offset = self._before, self._offsets[0]
            # Just after clocks went back, the same local time was read before.
            shift = (previous.utcoff - offset.utcoff).total_seconds()
            fold = shift > ts - times[index - 1]
        dt += offset.utcoff
        return dt.replace(fold=1) if fold else dt

    def __str__(self):
        if self._key is not None:
            return str(self._key)
        return repr(self)

    def __repr__(self):
        if self._key is not None:
            return f"{type(self).__module__}.{type(self).__qualname__}(key={self._key!r})"
        return f"{type(self).__module__}.{type(self).__qualname__}.from_file({self._file_repr})"

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, self._from_cache))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)
