"""Calendars: date facts (leap years, weekdays, month lengths), month and year
layouts as nested lists, and their rendering as plain text or HTML.

Weeks start on Monday unless told otherwise (setfirstweekday(SUNDAY), or the
firstweekday argument of the calendar classes).  Names are the English ones
of the C locale; the Locale* calendar classes are not provided.
"""

import datetime
import sys

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar", "timegm",
           "month_name", "month_abbr", "day_name", "day_abbr", "Calendar",
           "TextCalendar", "HTMLCalendar", "weekheader", "MONDAY", "TUESDAY",
           "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]

# Invalid dates raise ValueError or a subclass of it.
error = ValueError


class IllegalMonthError(ValueError):
    """A month number outside 1-12."""

    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % self.month


class IllegalWeekdayError(ValueError):
    """A weekday number outside 0-6."""

    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return ("bad weekday number %r; must be 0 (Monday) to 6 (Sunday)"
                % self.weekday)


MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
January, February = 1, 2

# Days per month in a common year; index 0 is unused.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

# The year timegm() counts from.
EPOCH = 1970


# ---- names --------------------------------------------------------------------

_MONTH_NAMES = ('January February March April May June July August '
                'September October November December').split()
_DAY_NAMES = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()


class _localized_month:
    """Month names indexed 1-12 (index 0 is ''), full or abbreviated."""

    def __init__(self, format):
        # '%B' for full names, '%b' for three-letter ones, as strftime.
        self.format = format
        width = None if format == '%B' else 3
        self._names = [''] + [name[:width] for name in _MONTH_NAMES]

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return 13


class _localized_day:
    """Weekday names indexed 0 (Monday) to 6 (Sunday), full or abbreviated."""

    def __init__(self, format):
        # '%A' for full names, '%a' for three-letter ones, as strftime.
        self.format = format
        width = None if format == '%A' else 3
        self._names = [name[:width] for name in _DAY_NAMES]

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return 7


month_name, month_abbr = _localized_month('%B'), _localized_month('%b')
day_name, day_abbr = _localized_day('%A'), _localized_day('%a')


# ---- date facts ----------------------------------------------------------------

def isleap(year):
    """Whether *year* is a leap year in the Gregorian calendar."""
    if year % 4:
        return False
    return year % 100 != 0 or year % 400 == 0


def leapdays(y1, y2):
    """The number of leap years in range(y1, y2)."""
    def leap_years_through(year):
        # Leap years from year 1 to *year*, by the Gregorian rules.
        return year // 4 - year // 100 + year // 400
    return leap_years_through(y2 - 1) - leap_years_through(y1 - 1)


def weekday(year, month, day):
    """The weekday (0 is Monday) of a date; any year is allowed."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        # The Gregorian calendar repeats itself every 400 years.
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def _monthlen(year, month):
    if month == February and isleap(year):
        return 29
    return mdays[month]


def monthrange(year, month):
    """(weekday of the month's first day, number of days in the month)."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _in_rows(items, size):
    return [items[start:start + size] for start in range(0, len(items), size)]


# ---- calendars as data ------------------------------------------------------------

class Calendar(object):
    """Lays out months as whole weeks, starting on *firstweekday*
    (0 is Monday); the days that belong to the neighbouring months fill the
    first and last week."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        """The first day of the week, 0 (Monday) to 6 (Sunday)."""
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        # Any integer is kept; it is read modulo 7.
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The weekday numbers of one week, in display order."""
        first = self.firstweekday
        for offset in range(7):
            yield (first + offset) % 7

    def _padding(self, year, month):
        # Days shown from the previous and the next month, and the length.
        first_day, length = monthrange(year, month)
        before = (first_day - self.firstweekday) % 7
        after = (self.firstweekday - first_day - length) % 7
        return before, length, after

    def itermonthdays3(self, year, month):
        """(year, month, day) for every day of the month's weeks."""
        before, length, after = self._padding(year, month)
        prev_year, prev_month = _prevmonth(year, month)
        prev_length = _monthlen(prev_year, prev_month)
        for day in range(prev_length - before + 1, prev_length + 1):
            yield prev_year, prev_month, day
        for day in range(1, length + 1):
            yield year, month, day
        next_year, next_month = _nextmonth(year, month)
        for day in range(1, after + 1):
            yield next_year, next_month, day

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) for every day of the month's weeks."""
        first = self.firstweekday
        for index, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (first + index) % 7

    def itermonthdates(self, year, month):
        """datetime.date objects for every day of the month's weeks."""
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """Day numbers of the month's weeks; 0 for days of other months.
        Unlike the date iterators this works for any year."""
        before, length, after = self._padding(year, month)
        yield from [0] * before
        yield from range(1, length + 1)
        yield from [0] * after

    def itermonthdays2(self, year, month):
        """(day number or 0, weekday) pairs for the month's weeks."""
        first = self.firstweekday
        for index, day in enumerate(self.itermonthdays(year, month)):
            yield day, (first + index) % 7

    def monthdatescalendar(self, year, month):
        """The month as a list of weeks of datetime.date objects."""
        return _in_rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        """The month as a list of weeks of (day, weekday) pairs."""
        return _in_rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        """The month as a list of weeks of day numbers (0 outside it)."""
        return _in_rows(list(self.itermonthdays(year, month)), 7)

    def _year_of(self, layout, year, width):
        months = [layout(year, month) for month in range(1, 13)]
        return _in_rows(months, width)

    def yeardatescalendar(self, year, width=3):
        """The year as rows of *width* months, each from
        monthdatescalendar()."""
        return self._year_of(self.monthdatescalendar, year, width)

    def yeardays2calendar(self, year, width=3):
        """The year as rows of months, each from monthdays2calendar()."""
        return self._year_of(self.monthdays2calendar, year, width)

    def yeardayscalendar(self, year, width=3):
        """The year as rows of months, each from monthdayscalendar()."""
        return self._year_of(self.monthdayscalendar, year, width)


# ---- plain text ----------------------------------------------------------------------

class TextCalendar(Calendar):
    """Renders months and years as plain text, like the Unix cal program.

    w is the width of a day column, l the number of lines per week, c the
    spacing between months and m the number of months per row."""

    def prweek(self, theweek, width):
        """Print one week of (day, weekday) pairs, without a newline."""
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        text = '%2i' % day if day else ''
        return text.center(width)

    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(day, wd, width) for day, wd in theweek)

    def formatweekday(self, day, width):
        # Full names only when there is room for the longest one.
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join(self.formatweekday(day, width)
                        for day in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = '%s %r' % (title, theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month: its name, the weekday header and one line per week."""
        w = max(2, w)
        line_end = '\n' * max(1, l)
        week_width = 7 * (w + 1) - 1
        lines = [self.formatmonthname(theyear, themonth, week_width),
                 self.formatweekheader(w)]
        lines.extend(self.formatweek(week, w)
                     for week in self.monthdays2calendar(theyear, themonth))
        return ''.join(line.rstrip() + line_end for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A year: *m* months side by side per row."""
        w = max(2, w)
        line_end = '\n' * max(1, l)
        c = max(2, c)
        column = 7 * (w + 1) - 1
        row_width = column * m + c * (m - 1)
        header = self.formatweekheader(w)
        out = [repr(theyear).center(row_width).rstrip(), line_end]
        for row_index, row in enumerate(self.yeardays2calendar(theyear, m)):
            numbers = range(m * row_index + 1, min(m * (row_index + 1) + 1, 13))
            rows_of_text = [
                [self.formatmonthname(theyear, k, column, False)
                 for k in numbers],
                [header for k in numbers],
            ]
            # Months with fewer weeks get blank lines at the bottom.
            for line in range(max(len(weeks) for weeks in row)):
                rows_of_text.append([self.formatweek(weeks[line], w)
                                     if line < len(weeks) else ''
                                     for weeks in row])
            out.append(line_end)
            for cells in rows_of_text:
                out.append(formatstring(cells, column, c).rstrip())
                out.append(line_end)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


# ---- HTML ----------------------------------------------------------------------------

class HTMLCalendar(Calendar):
    """Renders months and years as HTML tables; the CSS class attributes
    below name the classes used, and may be overridden."""

    # Day cells and weekday headings, by weekday number.
    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    # Cells of days that belong to another month.
    cssclass_noday = "noday"
    # The tables, and their title rows.
    cssclass_month = cssclass_month_head = "month"
    cssclass_year = cssclass_year_head = "year"

    _TABLE = '<table border="0" cellpadding="0" cellspacing="0" class="%s">'

    def formatday(self, day, weekday):
        if not day:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        cells = ''.join(self.formatday(day, wd) for day, wd in theweek)
        return '<tr>%s</tr>' % cells

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day],
                                           day_abbr[day])

    def formatweekheader(self):
        cells = ''.join(self.formatweekday(day) for day in self.iterweekdays())
        return '<tr>%s</tr>' % cells

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = '%s %s' % (title, theyear)
        return ('<tr><th colspan="7" class="%s">%s</th></tr>'
                % (self.cssclass_month_head, title))

    def formatmonth(self, theyear, themonth, withyear=True):
        """A month as a table, one row per week."""
        rows = [self._TABLE % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows.extend(self.formatweek(week)
                    for week in self.monthdays2calendar(theyear, themonth))
        rows.append('</table>')
        return ''.join(row + '\n' for row in rows)

    def formatyear(self, theyear, width=3):
        """A year as a table of month tables, *width* to a row."""
        width = max(width, 1)
        parts = [self._TABLE % self.cssclass_year, '\n',
                 '<tr><th colspan="%d" class="%s">%s</th></tr>'
                 % (width, self.cssclass_year_head, theyear)]
        for first in range(1, 13, width):
            parts.append('<tr>')
            for month in range(first, min(first + width, 13)):
                parts.append('<td>%s</td>'
                             % self.formatmonth(theyear, month, withyear=False))
            parts.append('</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css',
                       encoding=None):
        """A complete XHTML page with the year, encoded as bytes."""
        if encoding is None:
            encoding = sys.getdefaultencoding()
        head = [
            '<?xml version="1.0" encoding="%s"?>' % encoding,
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
            '<html>',
            '<head>',
            '<meta http-equiv="Content-Type" content="text/html; charset=%s" />'
            % encoding,
        ]
        if css is not None:
            head.append('<link rel="stylesheet" type="text/css" href="%s" />'
                        % css)
        head += ['<title>Calendar for %d</title>' % theyear, '</head>', '<body>']
        page = ''.join(line + '\n' for line in head)
        page += self.formatyear(theyear, width) + '</body>\n</html>\n'
        return page.encode(encoding, 'xmlcharrefreplace')


# ---- module-level shortcuts on a shared TextCalendar ---------------------------------

c = TextCalendar()

firstweekday = c.getfirstweekday
monthcalendar = c.monthdayscalendar
week, prweek, weekheader = c.formatweek, c.prweek, c.formatweekheader
month, prmonth = c.formatmonth, c.prmonth
calendar, prcal = c.formatyear, c.pryear


def setfirstweekday(firstweekday):
    """Set the first weekday (0 is Monday, 6 Sunday) of the module's
    calendar functions."""
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday

# format() and formatstring() defaults: columns as wide as a week of
# two-character days, six spaces apart.
_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print the strings *cols* centred in columns."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The strings *cols* centred in columns of *colwidth*, *spacing*
    blanks apart."""
    return (' ' * spacing).join(col.center(colwidth) for col in cols)


_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the epoch for a UTC time tuple (the inverse of
    time.gmtime()). Fields may overflow: day 40 of January is in February."""
    year, month, day, hour, minute, second = tuple[:6]
    # Only the first day of the month has to be a valid date.
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
