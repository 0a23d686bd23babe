"""Meeting planner using calendar and datetime: recurring events and month views."""
import calendar
import datetime as dt

HOLIDAYS = {dt.date(2024, 1, 1): "New Year", dt.date(2024, 2, 19): "Presidents Day",
            dt.date(2024, 5, 27): "Memorial Day", dt.date(2024, 12, 25): "Christmas"}


def nth_weekday(year, month, weekday, n):
    """n-th (1-based, -1 = last) given weekday of a month."""
    days = [d for d in calendar.Calendar().itermonthdates(year, month)
            if d.month == month and d.weekday() == weekday]
    return days[n - 1] if n > 0 else days[n]


def business_days(start, end):
    day = start
    count = 0
    while day <= end:
        if day.weekday() < 5 and day not in HOLIDAYS:
            count += 1
        day += dt.timedelta(days=1)
    return count


def add_business_days(start, n):
    day = start
    while n > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day not in HOLIDAYS:
            n -= 1
    return day


class Planner:
    def __init__(self, year):
        self.year = year
        self.events = []

    def add_monthly(self, title, weekday, n):
        for month in range(1, 13):
            day = nth_weekday(self.year, month, weekday, n)
            if day in HOLIDAYS:
                day = add_business_days(day, 1)
            self.events.append((day, title))

    def add_every(self, title, start, step_days, count):
        for i in range(count):
            self.events.append((start + dt.timedelta(days=step_days * i), title))

    def month(self, month):
        return sorted(e for e in self.events if e[0].month == month)


planner = Planner(2024)
planner.add_monthly("Board meeting", calendar.TUESDAY, 1)
planner.add_monthly("Retro", calendar.FRIDAY, -1)
planner.add_monthly("Payroll", calendar.MONDAY, 3)
planner.add_every("Sprint start", dt.date(2024, 1, 8), 14, 8)

print(calendar.month(2024, 2))
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2024, 3, w=3))
for month in (1, 2, 5):
    print(calendar.month_name[month], calendar.monthrange(2024, month))
    for day, title in planner.month(month):
        print("  %s %s %-14s %s" % (day.isoformat(), calendar.day_abbr[day.weekday()], title,
                                    HOLIDAYS.get(day, "")))
print("leap:", [y for y in range(2020, 2030) if calendar.isleap(y)], calendar.leapdays(1900, 2024))
print("weekday of 2024-07-04:", calendar.day_name[calendar.weekday(2024, 7, 4)])
print("business days in Q1:", business_days(dt.date(2024, 1, 1), dt.date(2024, 3, 31)))
print("10 business days after 2024-05-20:", add_business_days(dt.date(2024, 5, 20), 10))
print(calendar.weekheader(3))
print([list(w) for w in calendar.monthcalendar(2024, 4)][:2])
counts = {}
for day, title in planner.events:
    counts[title] = counts.get(title, 0) + 1
print(sorted(counts.items()))
print(calendar.timegm((2024, 3, 1, 12, 0, 0)))
print(list(calendar.Calendar(firstweekday=6).iterweekdays()))
