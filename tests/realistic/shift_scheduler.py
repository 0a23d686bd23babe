"""Shift roster planner using datetime arithmetic on fixed dates."""
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import cycle
from collections import defaultdict

START = date(2024, 2, 26)      # a Monday
HOLIDAYS = {date(2024, 2, 29): "Leap Day Party", date(2024, 3, 8): "Women's Day"}
SHIFTS = {"early": (time(6, 0), time(14, 0)), "late": (time(14, 0), time(22, 0)),
          "night": (time(22, 0), time(6, 0))}


@dataclass
class Worker:
    name: str
    max_hours: float
    unavailable: set = field(default_factory=set)
    hours: float = 0.0
    shifts: list = field(default_factory=list)


def shift_span(day, kind):
    start_t, end_t = SHIFTS[kind]
    start = datetime.combine(day, start_t)
    end = datetime.combine(day, end_t)
    if end <= start:
        end += timedelta(days=1)
    return start, end


def week_dates(start, weeks=2):
    return [start + timedelta(days=i) for i in range(7 * weeks)]


def plan(workers, days):
    rotation = cycle(workers)
    roster = {}
    for day in days:
        if day in HOLIDAYS:
            roster[day] = {"closed": HOLIDAYS[day]}
            continue
        kinds = ["early", "late"] + (["night"] if day.weekday() < 5 else [])
        assigned = {}
        for kind in kinds:
            start, end = shift_span(day, kind)
            hours = (end - start).total_seconds() / 3600
            for _ in range(len(workers)):
                w = next(rotation)
                busy_today = any(s[0].date() == day for s in w.shifts)
                rested = not w.shifts or start - w.shifts[-1][1] >= timedelta(hours=11)
                if (day not in w.unavailable and not busy_today and rested
                        and w.hours + hours <= w.max_hours):
                    w.shifts.append((start, end, kind))
                    w.hours += hours
                    assigned[kind] = w.name
                    break
            else:
                assigned[kind] = "UNFILLED"
        roster[day] = assigned
    return roster


workers = [
    Worker("Ana", 40, {date(2024, 3, 1)}),
    Worker("Ben", 32),
    Worker("Cho", 48, {date(2024, 2, 27), date(2024, 2, 28)}),
    Worker("Dee", 24),
    Worker("Eli", 40),
]
days = week_dates(START)
roster = plan(workers, days)

print(f"Roster {days[0]:%d %b} – {days[-1]:%d %b %Y}")
for day in days:
    entry = roster[day]
    label = f"{day:%a %d.%m} (wk {day.isocalendar()[1]})"
    if "closed" in entry:
        print(f"{label}: CLOSED – {entry['closed']}")
    else:
        print(f"{label}: " + ", ".join(f"{k}={v}" for k, v in entry.items()))

print()
for w in workers:
    nights = sum(1 for s in w.shifts if s[2] == "night")
    first = w.shifts[0][0] if w.shifts else None
    print(f"{w.name}: {len(w.shifts)} shifts, {w.hours:.0f}h of {w.max_hours:.0f}h, "
          f"{nights} nights, first {first:%a %H:%M}" if first else f"{w.name}: no shifts")

per_week = defaultdict(lambda: defaultdict(float))
for w in workers:
    for start, end, _ in w.shifts:
        per_week[start.isocalendar()[1]][w.name] += (end - start) / timedelta(hours=1)
for wk in sorted(per_week):
    print(f"week {wk}:", dict(sorted(per_week[wk].items())))

unfilled = [(d, k) for d, e in roster.items() for k, v in e.items() if v == "UNFILLED"]
print("unfilled:", [(f"{d:%m-%d}", k) for d, k in unfilled])

gaps = []
for w in workers:
    for (s1, e1, _), (s2, e2, _) in zip(w.shifts, w.shifts[1:]):
        gaps.append((s2 - e1, w.name))
shortest = min(gaps)
print("shortest rest:", shortest[0], "for", shortest[1], "| longest:", max(gaps)[0])

deadline = datetime(2024, 3, 1, 17, 30)
for when in (datetime(2024, 2, 26, 9, 0), datetime(2024, 3, 1, 17, 30), datetime(2024, 3, 4, 8, 0)):
    delta = deadline - when
    sign = "-" if delta < timedelta(0) else ""
    delta = abs(delta)
    print(f"{when:%Y-%m-%d %H:%M} -> deadline in {sign}{delta.days}d {delta.seconds // 3600}h {delta.seconds % 3600 // 60}m")
print((date(2024, 12, 25) - START).days, START + timedelta(weeks=52), (START - date(2023, 2, 26)).days)
print(datetime(2024, 2, 28, 23, 0) + timedelta(hours=2), datetime(2023, 2, 28, 23, 0) + timedelta(hours=2))
print(date(2024, 3, 31).replace(month=4, day=30), time(23, 59, 59).isoformat(), time(6, 5).strftime("%I:%M %p"))
print(sorted(HOLIDAYS)[0].strftime("%A, %B %d, %Y"), START.isoweekday(), date.fromordinal(START.toordinal() + 100))
