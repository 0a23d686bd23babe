# calendar: date arithmetic and the data-producing Calendar methods.
import calendar

print([y for y in range(1896, 1910) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100))
print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2001), calendar.leapdays(2024, 1990))
print([calendar.weekday(2024, m, 1) for m in range(1, 13)])
print(calendar.weekday(1, 1, 1), calendar.weekday(9999, 12, 31), calendar.weekday(10000, 1, 1), calendar.weekday(0, 3, 1), calendar.weekday(-400, 2, 29))
for args in [(2024, 13, 1), (2023, 2, 29), (2024, 4, 31), (2024, 0, 1)]:
    try:
        calendar.weekday(*args)
    except ValueError as e:
        print('ValueError', e)
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(1900, 2), calendar.monthrange(2000, 12))
for m in (0, 13):
    try:
        calendar.monthrange(2024, m)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, repr(e), e.month, isinstance(e, ValueError))
for d in (7, -1):
    try:
        calendar.setfirstweekday(d)
    except ValueError as e:
        print(type(e).__name__, e, repr(e), e.weekday)
print(calendar.monthcalendar(2024, 2))
print(calendar.monthcalendar(2021, 2))
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr))
print(len(calendar.month_name), len(calendar.day_abbr), calendar.month_name[1:4], calendar.day_name[-1], calendar.month_abbr[-1])
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.EPOCH, calendar.mdays)
print(calendar.error is ValueError, calendar.firstweekday())
print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 12, 30, 15, 3, 60, 0)))
print(calendar.timegm((2000, 1, 40, 25, 61, 61)), calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm([1600, 3, 1, 0, 0, 0]))

c = calendar.Calendar()
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
c.firstweekday = 9
print(c.firstweekday, list(c.iterweekdays()))
c.setfirstweekday(6)
print(list(c.itermonthdays(2024, 3)))
print(list(c.itermonthdays2(2024, 3))[:9])
print(list(c.itermonthdays3(2024, 1))[:3], list(c.itermonthdays3(2023, 12))[-8:])
print(list(c.itermonthdays4(2024, 12))[-5:])
print([str(d) for d in c.itermonthdates(2024, 2)])
print(c.monthdays2calendar(2015, 2))
print([[d.day for d in w] for w in c.monthdatescalendar(2024, 6)])
ys = c.yeardayscalendar(2024, 4)
print(len(ys), [len(r) for r in ys], ys[0][1])
y2 = c.yeardays2calendar(2024)
print(len(y2), [len(r) for r in y2], y2[3][2][-1])
yd = c.yeardatescalendar(2024, 5)
print(len(yd), [len(r) for r in yd], str(yd[2][1][0][0]))
print(list(calendar.Calendar(3).itermonthdays(9999, 12)))
print(list(calendar.Calendar().itermonthdays3(1, 1))[:2])
