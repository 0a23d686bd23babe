"""Shift planning across fixed-offset time zones with datetime and calendar."""
import calendar
from datetime import date, datetime, time, timedelta, timezone

UTC = timezone.utc
OFFICES = {
    "Berlin": timezone(timedelta(hours=1), "CET"),
    "New York": timezone(timedelta(hours=-5)),
    "Kolkata": timezone(timedelta(hours=5, minutes=30)),
    "Chatham": timezone(timedelta(hours=12, minutes=45)),
}

meeting = datetime(2024, 3, 8, 15, 30, tzinfo=UTC)
for city, tz in OFFICES.items():
    local = meeting.astimezone(tz)
    print(f"{city:<9} {local:%a %d %b %H:%M} {local.tzname():>9} {local.utcoffset()!s:>9} {local.isoformat()}")

shifts = [
    ("ana", "2024-03-04T22:00", "2024-03-05T06:30"),
    ("bo", "2024-03-05T08:15", "2024-03-05T17:45"),
    ("cy", "2024-02-28T20:00", "2024-03-01T04:00"),
    ("ana", "2024-03-06T21:30:15", "2024-03-07T07:00"),
]
totals = {}
for who, start, end in shifts:
    a, b = datetime.fromisoformat(start), datetime.fromisoformat(end)
    length = b - a
    totals[who] = totals.get(who, timedelta()) + length
    night = sum(1 for h in range(int(length.total_seconds() // 3600)) if not 6 <= (a + timedelta(hours=h)).hour < 22)
    print(f"{who:<4}{a:%Y-%m-%d %H:%M}->{b:%d %H:%M}  {length}  {length.total_seconds() / 3600:5.2f}h  night hours: {night}")
for who, t in sorted(totals.items(), key=lambda kv: kv[1], reverse=True):
    hours, rem = divmod(t.seconds, 3600)
    print(f"{who}: {t.days}d {hours}h {rem // 60}m  ({t})")

d = date(2024, 2, 29)
print(d + timedelta(days=365), d.replace(year=2025, day=28), d.isocalendar(), d.isoweekday(), d.toordinal(), d.strftime("%j %U %W %A %B"))
print(date.fromordinal(738000), date.fromisocalendar(2024, 1, 1), date.fromisoformat("2023-12-31").weekday())
print(datetime(2024, 1, 1, 12) - datetime(2023, 1, 1), timedelta(weeks=1, days=-1, hours=25.5, milliseconds=1500))
print(repr(timedelta(days=-1, seconds=5)), str(timedelta(days=-1, seconds=5)), timedelta(hours=-1) // timedelta(minutes=7), timedelta(hours=1) / 8, abs(timedelta(-3)))
print(timedelta(days=1) * 1.5, timedelta(seconds=7) % timedelta(seconds=3), divmod(timedelta(hours=5), timedelta(hours=2)), timedelta.max)
t = time(9, 5, 3, 120)
print(t, t.isoformat("minutes"), t.replace(hour=23).strftime("%I:%M %p"), time.fromisoformat("07:08:09.5"), time(tzinfo=OFFICES["Kolkata"]))
dt = datetime(2024, 7, 4, 18, 2, 9, 500000, tzinfo=OFFICES["New York"])
print(dt.isoformat(timespec="milliseconds"), dt.timestamp(), dt.utctimetuple()[:6], dt.date(), dt.timetz())
print(datetime.strptime("03/11/2024 14:05", "%m/%d/%Y %H:%M").isoformat(), datetime.strptime("2024-07-04T10:00:00+0530", "%Y-%m-%dT%H:%M:%S%z"))
print(datetime.fromtimestamp(1700000000, UTC), datetime.fromtimestamp(0, OFFICES["Chatham"]).isoformat())
print(datetime.combine(date(2020, 5, 17), time(6, 30)), datetime(2020, 5, 17) < datetime(2020, 5, 17, 0, 0, 1), datetime.min, datetime.max.year)
print(sorted([datetime(2024, 1, 1, 12, tzinfo=OFFICES["Berlin"]), datetime(2024, 1, 1, 6, tzinfo=OFFICES["New York"]), datetime(2024, 1, 1, 11, 30, tzinfo=UTC)]))
print(f"{dt:%Y week %V day %u} {dt:%c} | {dt:%x %X} | {dt:%%} {dt:%Z%z} {date(2024, 12, 30):%G-W%V}")
try:
    datetime(2024, 1, 1) < dt
except TypeError as e:
    print("TypeError:", e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)

cal = calendar.TextCalendar(calendar.MONDAY)
print(cal.formatmonth(2024, 2))
print(calendar.month(2025, 1, w=3, l=1))
print(calendar.monthrange(2024, 2), calendar.isleap(1900), calendar.leapdays(1900, 2024), calendar.weekday(2024, 7, 4))
print(calendar.day_name[0], calendar.month_abbr[12], list(calendar.day_abbr)[:3], calendar.firstweekday())
print([d for d in calendar.Calendar(6).itermonthdays(2024, 9)][:10])
print([w for w in calendar.monthcalendar(2024, 6)][0], calendar.timegm((2024, 1, 1, 0, 0, 0)))
first_fridays = [date(2024, m, 1) + timedelta(days=(4 - date(2024, m, 1).weekday()) % 7) for m in range(1, 13)]
print(", ".join(f"{d:%b %d}" for d in first_fridays))
print(calendar.TextCalendar(calendar.SUNDAY).formatyear(2023, 2, 1, 1, 4)[:400])
