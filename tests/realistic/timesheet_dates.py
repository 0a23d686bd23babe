"""Timesheets and date arithmetic: business days, ISO weeks, holidays, ages, durations."""
from datetime import date, datetime, time, timedelta, timezone
import calendar

HOLIDAYS = {date(2024, 1, 1), date(2024, 5, 27), date(2024, 7, 4), date(2024, 9, 2),
            date(2024, 11, 28), date(2024, 12, 25)}


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
    days = (b - a).days
    return sum(1 for i in range(days) if is_business_day(a + timedelta(days=i)))


def nth_weekday(year, month, weekday, n):
    first = date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    if n > 0:
        return first + timedelta(days=offset + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))


def age_on(born, when):
    years = when.year - born.year - ((when.month, when.day) < (born.month, born.day))
    return years


def add_months(d, months):
    m = d.month - 1 + months
    y, m = d.year + m // 12, m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return d.replace(year=y, month=m, day=day)


ENTRIES = [
    ("2024-03-04", "08:55", "17:10", 45),
    ("2024-03-05", "09:20", "18:45", 30),
    ("2024-03-06", "07:30", "16:00", 60),
    ("2024-03-07", "10:00", "22:15", 50),
    ("2024-03-08", "09:00", "13:30", 0),
    ("2024-03-09", "11:00", "15:00", 15),
]


def timesheet():
    total = timedelta()
    overtime = timedelta()
    print(f"{'day':<14}{'in':>6}{'out':>7}{'break':>7}{'worked':>9}")
    for day, t_in, t_out, brk in ENTRIES:
        d = date.fromisoformat(day)
        start = datetime.combine(d, time.fromisoformat(t_in))
        end = datetime.combine(d, time.fromisoformat(t_out))
        worked = end - start - timedelta(minutes=brk)
        total += worked
        limit = timedelta(hours=8) if d.weekday() < 5 else timedelta()
        overtime += max(worked - limit, timedelta())
        h, rem = divmod(int(worked.total_seconds()), 3600)
        print(f"{d:%a %d %b}    {start:%H:%M} {end:%H:%M} {brk:>5}m {h:>4}:{rem // 60:02d}")
    print(f"total {total}, overtime {overtime}, average {total / len(ENTRIES)}")
    print(f"hours as float: {total / timedelta(hours=1):.2f}")


def main():
    timesheet()
    print()
    start = date(2024, 12, 20)
    for n in (1, 3, 5, 10, -3):
        print(f"{n:+3d} business days from {start}: {add_business_days(start, n):%Y-%m-%d (%A)}")
    print("business days in 2024 Q3:", business_days_between(date(2024, 7, 1), date(2024, 10, 1)))
    print()
    print("Thanksgiving 2024:", nth_weekday(2024, 11, calendar.THURSDAY, 4))
    print("Memorial Day 2024:", nth_weekday(2024, 5, calendar.MONDAY, -1))
    print("Labor Day 2025:", nth_weekday(2025, 9, calendar.MONDAY, 1))
    print()
    for d in [date(2024, 1, 1), date(2024, 12, 30), date(2021, 1, 3), date(2026, 6, 15)]:
        y, w, wd = d.isocalendar()
        print(f"{d} -> ISO {y}-W{w:02d}-{wd}  day {d.timetuple().tm_yday:>3}  {d.strftime('%j %U %W')}")
    print()
    born = date(1990, 2, 28)
    for when in [date(2024, 2, 27), date(2024, 2, 28), date(2024, 2, 29)]:
        print(f"age on {when}: {age_on(born, when)}")
    jan31 = date(2024, 1, 31)
    print([str(add_months(jan31, k)) for k in range(0, 14, 1)][:6])
    print(add_months(date(2023, 11, 30), 3), add_months(date(2024, 3, 31), -1))
    print()
    meeting = datetime(2024, 3, 10, 15, 30, tzinfo=timezone.utc)
    for name, hours in [("UTC", 0), ("New York", -5), ("Berlin", 1), ("Kolkata", 5.5), ("Tokyo", 9)]:
        tz = timezone(timedelta(hours=hours), name)
        local = meeting.astimezone(tz)
        print(f"{name:<9} {local:%Y-%m-%d %H:%M %Z %z}  {local.isoformat()}")
    print()
    deadline = datetime(2024, 4, 15, 23, 59, 59)
    now = datetime(2024, 3, 10, 8, 0)
    left = deadline - now
    print("time left:", left, "=", left.days, "days", left.seconds // 3600, "hours")
    print("in weeks:", left // timedelta(weeks=1), "remainder", left % timedelta(weeks=1))
    print(timedelta(days=-1, seconds=5), timedelta(hours=-1) * 3, abs(timedelta(minutes=-90)))
    print(timedelta(seconds=1.5e6), timedelta(microseconds=1234567), timedelta(weeks=2) / 3)
    print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2))
    print(calendar.month(2024, 3))
    print(date(2024, 3, 10).ctime(), datetime(2024, 3, 10, 9, 5).strftime("%I:%M %p on %B %d, %Y"))
    print(datetime.strptime("2024-03-10 14:07:09", "%Y-%m-%d %H:%M:%S").replace(microsecond=500))
    print(sorted([date(2024, 5, 1), date(2023, 12, 31), date(2024, 1, 15)])[0], date.max - date(9999, 12, 1))
    print(date.fromordinal(738000), date(2024, 3, 10).toordinal(), date.fromisocalendar(2024, 10, 7))


main()
