"""Recurring events and agenda views with datetime, calendar and itertools."""
from datetime import date, datetime, timedelta, time
from dataclasses import dataclass, field
from itertools import groupby, islice
from enum import Enum
import calendar


class Freq(Enum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


@dataclass(order=True)
class Occurrence:
    start: datetime
    title: str = field(compare=False)
    duration: timedelta = field(compare=False)

    @property
    def end(self):
        return self.start + self.duration

    def __str__(self):
        return f"{self.start:%H:%M}-{self.end:%H:%M} {self.title}"


@dataclass
class Event:
    title: str
    first: datetime
    duration: timedelta
    freq: Freq = None
    interval: int = 1
    until: date = None
    skip: set = field(default_factory=set)

    def occurrences(self):
        current = self.first
        n = 0
        while True:
            if self.until and current.date() > self.until:
                return
            if current.date() not in self.skip:
                yield Occurrence(current, self.title, self.duration)
            if self.freq is None:
                return
            n += 1
            if self.freq is Freq.DAILY:
                current = self.first + timedelta(days=n * self.interval)
            elif self.freq is Freq.WEEKLY:
                current = self.first + timedelta(weeks=n * self.interval)
            else:
                m = self.first.month - 1 + n * self.interval
                y = self.first.year + m // 12
                m = m % 12 + 1
                d = min(self.first.day, calendar.monthrange(y, m)[1])
                current = self.first.replace(year=y, month=m, day=d)


def agenda(events, start, end):
    occ = []
    for ev in events:
        for o in ev.occurrences():
            if o.start.date() > end:
                break
            if o.start.date() >= start:
                occ.append(o)
    occ.sort()
    return occ


def conflicts(occs):
    out = []
    for a, b in zip(occs, occs[1:]):
        if b.start < a.end:
            out.append((a.title, b.title, b.start))
    return out


events = [
    Event("Standup", datetime(2024, 3, 4, 9, 30), timedelta(minutes=15), Freq.DAILY, until=date(2024, 3, 15), skip={date(2024, 3, 9), date(2024, 3, 10)}),
    Event("1:1", datetime(2024, 3, 5, 14), timedelta(minutes=30), Freq.WEEKLY, interval=1),
    Event("Rent", datetime(2024, 1, 31, 8), timedelta(minutes=5), Freq.MONTHLY),
    Event("Launch", datetime(2024, 3, 7, 9, 0), timedelta(hours=1)),
    Event("Sprint review", datetime(2024, 3, 8, 14, 15), timedelta(hours=1), Freq.WEEKLY, interval=2),
]
items = agenda(events, date(2024, 3, 4), date(2024, 3, 17))
for day, group in groupby(items, key=lambda o: o.start.date()):
    print(day.strftime("%a %d %b"))
    for o in group:
        print("   ", o)
print("conflicts:", conflicts(items))
rent = list(islice(events[2].occurrences(), 6))
print([o.start.strftime("%Y-%m-%d") for o in rent])
cal = calendar.TextCalendar(calendar.MONDAY)
print(cal.formatmonth(2024, 3))
busy_days = {o.start.day for o in items}
for week in calendar.Calendar().monthdayscalendar(2024, 3):
    print(" ".join(f"{d:2d}{'*' if d in busy_days else ' '}" if d else "   " for d in week))
total = sum((o.duration for o in items), timedelta())
print("total meeting time:", total, total.total_seconds() / 3600, "hours")
print(time(9, 30) < time(14), datetime.combine(date(2024, 3, 4), time(9, 30)), (datetime(2024, 3, 10) - datetime(2024, 3, 4)).days)
week_of = {o.start.isocalendar()[1] for o in items}
print(sorted(week_of), calendar.weekheader(3), calendar.firstweekday())
print(calendar.TextCalendar().formatyear(2024, 2, 1, 1, 4).splitlines()[0:9])
