"""Date arithmetic utilities with fixed dates."""
from datetime import date, datetime, timedelta, time, timezone
import calendar

TODAY = date(2024, 2, 27)


def add_months(d, months):
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return d.replace(year=y, month=m, day=day)


def business_days(start, end, holidays=()):
    days = 0
    cur = start
    while cur < end:
        if cur.weekday() < 5 and cur not in holidays:
            days += 1
        cur += timedelta(days=1)
    return days


def add_business_days(d, n, holidays=()):
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in holidays:
            n -= 1
    return d


def age(born, on):
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return years


def nth_weekday(year, month, weekday, n):
    """n-th weekday of month (n=-1 for last)."""
    days = [d for d in calendar.Calendar().itermonthdates(year, month)
            if d.month == month and d.weekday() == weekday]
    return days[n if n < 0 else n - 1]


def humanize(delta):
    secs = int(delta.total_seconds())
    sign = "-" if secs < 0 else ""
    secs = abs(secs)
    parts = []
    for name, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        q, secs = divmod(secs, size)
        if q:
            parts.append(f"{q}{name}")
    return sign + (" ".join(parts) or "0s")


print("today:", TODAY, TODAY.strftime("%A %d %B %Y"), TODAY.isoformat(), TODAY.toordinal())
print("iso calendar:", tuple(TODAY.isocalendar()), "weekday:", TODAY.weekday(), TODAY.isoweekday())
print("leap years:", [y for y in range(1896, 1912) if calendar.isleap(y)], calendar.leapdays(1900, 2024))
for months in (1, 2, 12, -3, 25):
    print(f"  {TODAY} {months:+d} months -> {add_months(TODAY, months)}")
print(add_months(date(2024, 1, 31), 1), add_months(date(2023, 1, 31), 1), add_months(date(2024, 3, 31), -1))

holidays = {date(2024, 3, 29), date(2024, 4, 1)}
print("business days Mar 2024:", business_days(date(2024, 3, 1), date(2024, 4, 1), holidays))
print("10 business days after 2024-03-25:", add_business_days(date(2024, 3, 25), 10, holidays))
print("age:", age(date(1990, 2, 28), TODAY), age(date(1990, 2, 27), TODAY), age(date(2000, 2, 29), date(2024, 2, 28)))

print("US Thanksgiving 2024:", nth_weekday(2024, 11, calendar.THURSDAY, 4))
print("last Monday in May 2024:", nth_weekday(2024, 5, calendar.MONDAY, -1))

dt1 = datetime(2024, 3, 10, 1, 30, 0)
dt2 = datetime(2024, 3, 12, 17, 5, 42, 123456)
delta = dt2 - dt1
print(delta, delta.days, delta.seconds, delta.microseconds, delta.total_seconds())
print(humanize(delta), "|", humanize(dt1 - dt2), "|", humanize(timedelta(0)))
print(repr(delta), repr(timedelta(hours=-1)), timedelta(days=-1, seconds=5))
print(timedelta(weeks=1, days=2, hours=3) // timedelta(hours=1), timedelta(hours=25) % timedelta(days=1))
print(timedelta(minutes=90) * 1.5, timedelta(days=1) / 3, abs(timedelta(hours=-5)), -timedelta(seconds=1))
print(max(dt1, dt2), dt1 < dt2, (dt1 + timedelta(days=365)).date(), dt1.replace(hour=23).time())
print(datetime.combine(TODAY, time(9, 15)), dt2.strftime("%Y/%m/%d %H:%M:%S.%f %j %a %b %p %I"))
print(datetime.strptime("2024-07-04T12:34:56", "%Y-%m-%dT%H:%M:%S"), datetime.fromisoformat("2024-01-02 03:04:05"))
print(date.fromisoformat("2023-12-31") + timedelta(days=1), date(2024, 1, 1) - date(2023, 1, 1))

utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
aware = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(aware, aware.astimezone(est), aware.astimezone(est).tzname(), aware.utcoffset())
print(aware.isoformat(), datetime(2024, 6, 1, 7, 0, tzinfo=est) == aware, aware.timestamp())
print(datetime.fromtimestamp(0, tz=utc), datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=30))))

print("\n" + calendar.month(2024, 2))
print(calendar.monthrange(2024, 2), calendar.day_name[TODAY.weekday()], calendar.month_abbr[12])
weeks = calendar.monthcalendar(2024, 9)
print(len(weeks), weeks[0], weeks[-1])

sched = [TODAY + timedelta(days=7 * i) for i in range(5)]
print([d.strftime("%m/%d") for d in sched])
by_month = {}
for d in (date(2024, m, 1) + timedelta(days=k) for m in (1, 2, 3) for k in (0, 20, 40)):
    by_month.setdefault(d.strftime("%Y-%m"), []).append(d.day)
print(by_month)
print(sorted([date(2024, 5, 1), date(2023, 12, 25), date(2024, 1, 15)]), date.min, date.max, timedelta.max)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
