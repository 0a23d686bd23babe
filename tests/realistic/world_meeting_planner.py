"""Find meeting slots that fall in working hours for a distributed team."""
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class Member:
    name: str
    tz: str
    start: time = time(9)
    end: time = time(17, 30)

    @property
    def zone(self):
        return ZoneInfo(self.tz)

    def is_working(self, moment):
        local = moment.astimezone(self.zone)
        return local.weekday() < 5 and self.start <= local.time() < self.end


team = [
    Member("Ana", "Europe/Lisbon"),
    Member("Bo", "America/Chicago", time(8)),
    Member("Chitra", "Asia/Kolkata", time(10), time(19)),
    Member("Dmitri", "Europe/Moscow"),
    Member("Eve", "America/Los_Angeles", time(7), time(16)),
]


def slots(day, minutes=30):
    moment = datetime.combine(day, time(0), tzinfo=timezone.utc)
    end = moment + timedelta(days=1)
    while moment < end:
        yield moment
        moment += timedelta(minutes=minutes)


for day in (date(2024, 3, 5), date(2024, 3, 12), date(2024, 3, 26), date(2024, 11, 4)):
    print(f"== {day:%A %d %B %Y}")
    best = []
    for slot in slots(day):
        present = [m.name for m in team if m.is_working(slot)]
        best.append((len(present), slot, present))
    top = max(n for n, _, _ in best)
    for n, slot, present in best:
        if n == top:
            times = ", ".join(f"{m.name} {slot.astimezone(m.zone):%H:%M %Z}" for m in team)
            print(f"  {slot:%H:%M} UTC  {n}/{len(team)}: {times}")
            break
    print(f"  offsets: " + " ".join(f"{m.tz.split('/')[-1]}={datetime.combine(day, time(12), tzinfo=m.zone):%z}" for m in team))

print()
print("Daylight saving changes in 2024:")
for m in team:
    tz = m.zone
    changes = []
    moment = datetime(2024, 1, 1, tzinfo=timezone.utc)
    previous = moment.astimezone(tz).utcoffset()
    while moment.year == 2024:
        moment += timedelta(hours=4)
        offset = moment.astimezone(tz).utcoffset()
        if offset != previous:
            local = moment.astimezone(tz)
            changes.append(f"{local:%b %d %H:%M} {local.tzname()} ({(offset - previous).total_seconds() / 3600:+.0f}h)")
            previous = offset
    print(f"  {m.name:<7} {m.tz:<20} {'; '.join(changes) or 'none'}")

deadline = datetime(2024, 10, 27, 1, 30, tzinfo=ZoneInfo("Europe/Lisbon"))
print()
print("ambiguous Lisbon time:", deadline, "or", deadline.replace(fold=1))
skipped = datetime(2024, 3, 10, 2, 30, tzinfo=ZoneInfo("America/Chicago"))
print("non-existent Chicago time:", skipped, "->", skipped.astimezone(timezone.utc).astimezone(skipped.tzinfo))
flight = datetime(2024, 6, 30, 22, 40, tzinfo=ZoneInfo("America/Los_Angeles"))
arrival = flight + timedelta(hours=11, minutes=5)
print(f"flight departs {flight:%d %b %H:%M %Z}, lands {arrival.astimezone(ZoneInfo('Asia/Kolkata')):%d %b %H:%M %Z} in Bengaluru")
