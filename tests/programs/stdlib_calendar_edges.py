# calendar: name tables as sequences, first weekdays outside 0-6, years beyond
# datetime's range, unusual layout widths, and the errors.
import calendar

print(calendar.month_name[1:4], calendar.month_abbr[::-3], calendar.day_abbr[-2:])
print(calendar.month_name[0] == '', len(calendar.day_name), 'Friday' in calendar.day_name)
for bad in (13, -14, 'x'):
    try:
        calendar.month_abbr[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

for first in (-1, 8, 13):
    cal = calendar.TextCalendar(first)
    print(first, cal.firstweekday, list(cal.iterweekdays()), repr(cal.formatweekheader(2)))

c = calendar.Calendar(calendar.WEDNESDAY)
print(list(c.itermonthdays(10000, 1))[:9], list(c.itermonthdays2(0, 2))[-3:])
print(c.monthdayscalendar(-44, 3)[0])
for year, month in ((9999, 12), (1, 1)):
    try:
        print(len(list(c.itermonthdates(year, month))))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(list(c.itermonthdays3(9999, 12))[-3:])

print(calendar.TextCalendar().formatyear(2026, w=0, l=0, c=0, m=5))
print(calendar.TextCalendar(6).formatmonth(2026, 2, w=1, l=2))
print(calendar.TextCalendar().formatyear(2026, w=9, m=1)[:400])
print(calendar.HTMLCalendar().formatyear(2026, width=0)[:200])
print(repr(calendar.formatstring([], 3, 2)), repr(calendar.formatstring(['ab'], 1, 0)))

for args in [(2024, 2, 30), (2024, 0, 1), (2024, 'x', 1)]:
    try:
        calendar.weekday(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for t in [(0, 1, 1, 0, 0, 0), (1970, 13, 1, 0, 0, 0), (1970, 1, 1, 0, 0)]:
    try:
        print(calendar.timegm(t))
    except ValueError as e:
        print(type(e).__name__, e)
print(calendar.timegm((1970, 1, 0, -1, 0, 0)), calendar.timegm((2038, 1, 19, 3, 14, 8)))
print(calendar.leapdays(2000, 2000), calendar.leapdays(-400, 401), calendar.isleap(-4), calendar.isleap(0))
try:
    calendar.monthrange(2024, 12.5)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
