"""Date arithmetic: business days, recurring events, age calculations."""
from datetime import date, datetime, timedelta, time, timezone
import calendar

HOLIDAYS = {date(2024, 1, 1), date(2024, 5, 27), date(2024, 7, 4), date(2024, 12, 25)}


def is_business_day(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def add_business_days(d, n):
    step = 1 if n >= 0 else -1
    while n:
        d += timedelta(days=step)
        if is_business_day(d):
            n -= step
    return d


def business_days_between(a, b):
    return sum(1 for i in range((b - a).days) if is_business_day(a + timedelta(days=i)))


def nth_weekday(year, month, weekday, n):
    if n > 0:
        first = date(year, month, 1)
        offset = (weekday - first.weekday()) % 7
        return first + timedelta(days=offset + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    offset = (last.weekday() - weekday) % 7
    return last - timedelta(days=offset + 7 * (-n - 1))


def age(born, today):
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return years


def add_months(d, months):
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return d.replace(year=y, month=m, day=day)


start = date(2024, 6, 28)
print(start, start.strftime("%A"), start.isoweekday(), start.isocalendar())
print("10 business days later:", add_business_days(start, 10))
print("5 business days earlier:", add_business_days(start, -5))
print("business days in 2024 H2:", business_days_between(date(2024, 7, 1), date(2025, 1, 1)))
print("Thanksgiving 2024:", nth_weekday(2024, 11, calendar.THURSDAY, 4))
print("Memorial Day 2024:", nth_weekday(2024, 5, calendar.MONDAY, -1))
print("ages:", [age(date(1990, 2, 28), date(2024, d, 28)) for d in (1, 2, 3)])
print([str(add_months(date(2024, 1, 31), k)) for k in range(0, 14, 1)])

meeting = datetime(2024, 3, 9, 14, 30)
for i in range(4):
    t = meeting + timedelta(weeks=i, hours=i * 1.5)
    print(f"  meeting {i + 1}: {t:%a %Y-%m-%d %H:%M} ({t.isoformat(timespec='minutes')})")

d1 = datetime(2024, 2, 28, 23, 59, 59, 999999)
print(d1 + timedelta(microseconds=1), d1.replace(day=29) + timedelta(days=1))
delta = datetime(2025, 1, 1) - datetime(2024, 3, 15, 8, 45, 30)
print(delta, delta.days, delta.seconds, delta.total_seconds(), repr(delta))
print(timedelta(hours=-1), timedelta(days=1, seconds=-1), abs(timedelta(minutes=-90)), timedelta(weeks=1) / timedelta(hours=1))
print(timedelta(seconds=100) * 2.5, timedelta(days=7) // 3, timedelta(days=7) % timedelta(days=2), -timedelta(days=1, hours=2))
print(date.fromisoformat("2024-02-29") + timedelta(days=365), date(2024, 3, 1) - date(2023, 3, 1))
print(datetime.fromisoformat("2024-05-06T07:08:09"), datetime.strptime("03/15/24 4:05 PM", "%m/%d/%y %I:%M %p"))
utc = datetime(2024, 1, 1, 12, 0, tzinfo=timezone.utc)
ist = timezone(timedelta(hours=5, minutes=30), "IST")
print(utc, utc.astimezone(ist), utc.astimezone(ist).tzname(), utc.isoformat(), ist.utcoffset(None))
print(utc == utc.astimezone(ist), utc.timestamp(), datetime.fromtimestamp(0, timezone.utc))
print(time(9, 5), time(23, 59, 59, 500000).isoformat(), time(7, 0) < time(8, 0), time(12, 30).strftime("%I:%M %p"))
print(date(2024, 1, 1).toordinal(), date.fromordinal(738886), date(2024, 12, 31).timetuple().tm_yday if hasattr(date, "timetuple") else "")
print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.monthrange(2023, 2), calendar.weekday(2024, 7, 4))
print(calendar.month(2024, 2))
print(calendar.day_name[0], calendar.month_abbr[12], list(calendar.day_abbr))
print(sorted([date(2024, 5, 1), date(2023, 12, 31), date(2024, 1, 15)]), max(datetime(2024, 1, 1), datetime(2024, 1, 1, 0, 0, 1)))
print(repr(date(2024, 1, 2)), repr(datetime(2024, 1, 2, 3, 4, 5, 6)), repr(time(1, 2)), date.min, date.max, timedelta.max)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
print(hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)), {date(2024, 1, 1): "ny"}[date(2024, 1, 1)])
