"""Meeting scheduler: datetime arithmetic, heapq, bisect and logging."""
import heapq
import bisect
import logging
import sys
from datetime import datetime, date, time, timedelta, timezone
from dataclasses import dataclass, field
from enum import IntEnum
from itertools import groupby
from calendar import monthrange, day_name, month_abbr

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="[%(levelname).1s] %(funcName)s:%(lineno)d %(message)s")
logger = logging.getLogger(__name__)


class Priority(IntEnum):
    LOW = 3
    NORMAL = 2
    HIGH = 1


@dataclass(order=True)
class Meeting:
    start: datetime
    priority: Priority
    title: str = field(compare=False)
    minutes: int = field(default=30, compare=False)

    @property
    def end(self):
        return self.start + timedelta(minutes=self.minutes)

    def overlaps(self, other):
        return self.start < other.end and other.start < self.end


BASE = datetime(2024, 2, 26, 9, 0)
REQUESTS = [
    ("Standup", 0, 0, 15, Priority.HIGH), ("Design review", 0, 60, 90, Priority.NORMAL),
    ("1:1 Ana", 0, 90, 30, Priority.LOW), ("Lunch talk", 1, 180, 60, Priority.LOW),
    ("Retro", 4, 420, 60, Priority.NORMAL), ("Planning", 3, 30, 120, Priority.HIGH),
    ("Leap day party", 3, 480, 45, Priority.LOW), ("Budget", 1, 170, 40, Priority.HIGH),
]

queue = []
for title, day, offset, minutes, prio in REQUESTS:
    m = Meeting(BASE + timedelta(days=day, minutes=offset), prio, title, minutes)
    heapq.heappush(queue, (m.priority, m.start, m))

booked = []
while queue:
    _, _, m = heapq.heappop(queue)
    i = bisect.bisect_left([b.start for b in booked], m.start)
    clash = [b for b in booked[max(0, i - 1):i + 1] if b.overlaps(m)]
    if clash:
        logger.warning("%s clashes with %s", m.title, ", ".join(c.title for c in clash))
        continue
    booked.insert(i, m)
    logger.info("booked %-15s %s", m.title, m.start.strftime("%a %H:%M"))

for day, items in groupby(booked, key=lambda m: m.start.date()):
    items = list(items)
    busy = sum((m.end - m.start for m in items), timedelta())
    print(f"{day:%A %d %B %Y} (week {day.isocalendar().week}, busy {busy})")
    for m in items:
        print(f"  {m.start:%H:%M}-{m.end:%H:%M} {m.title:<15} {m.priority.name.lower()}")

print(BASE.isoformat(), BASE.replace(hour=17).isoformat(timespec="minutes"), BASE.timestamp() > 0)
utc = BASE.replace(tzinfo=timezone.utc)
ist = timezone(timedelta(hours=5, minutes=30), "IST")
print(utc, utc.astimezone(ist), utc.astimezone(ist).tzname(), utc.utcoffset())
print(datetime.fromisoformat("2024-02-29T23:59:30") + timedelta(seconds=45))
print(datetime.strptime("03/01/24 14:05", "%m/%d/%y %H:%M"), date(2024, 12, 31).timetuple().tm_yday)
delta = datetime(2024, 12, 25) - BASE
print(delta, delta.days, delta.total_seconds(), delta // timedelta(weeks=1), delta % timedelta(days=7))
print(timedelta(hours=-1, minutes=15), abs(timedelta(days=-2)), timedelta(1.5), repr(timedelta(seconds=90)))
print(date(2024, 2, 29).replace(year=2025) if False else date(2024, 3, 1) - date(2023, 3, 1))
print(monthrange(2024, 2), day_name[date(2024, 2, 29).weekday()], list(month_abbr)[1:4])
print(date.fromordinal(738000), date(2024, 1, 1).toordinal(), date.fromisocalendar(2024, 9, 4))
print(time(9, 5, 7, 1234).isoformat(), time(23, 59).strftime("%I:%M %p"), f"{BASE:%j|%U|%w|%y|%b|%%}")
print(sorted([date(2024, 5, 1), date(2023, 12, 31), date(2024, 1, 15)]), max(booked).title, min(booked).title)
for d in (date(2024, 2, 26) + timedelta(days=i) for i in range(0, 14, 3)):
    print(d.isoformat(), d.strftime("%a"), d.isoweekday(), d.isocalendar())
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
