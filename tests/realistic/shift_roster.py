"""Rostering for a small clinic: recurring shifts expanded over fixed dates, holiday
rules, overtime by ISO week, a calendar grid and pprint'd summaries."""
import calendar
import pprint
from collections import defaultdict, Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import Enum
from itertools import groupby, cycle, islice
from operator import attrgetter


class Kind(Enum):
    EARLY = ("E", time(6), time(14))
    LATE = ("L", time(14), time(22))
    NIGHT = ("N", time(22), time(6))

    def __init__(self, code, start, end):
        self.code = code
        self.start = start
        self.end = end

    @property
    def hours(self):
        s = datetime.combine(date.min, self.start)
        e = datetime.combine(date.min, self.end)
        if e <= s:
            e += timedelta(days=1)
        return (e - s).total_seconds() / 3600


@dataclass(order=True)
class Shift:
    day: date
    kind: Kind = field(compare=False)
    person: str = field(compare=True)

    @property
    def starts(self):
        return datetime.combine(self.day, self.kind.start)

    @property
    def ends(self):
        end = datetime.combine(self.day, self.kind.end)
        return end + timedelta(days=1) if end <= self.starts else end


def easter(year):
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holidays(year):
    e = easter(year)
    first_monday_may = next(date(year, 5, d) for d in range(1, 8) if date(year, 5, d).weekday() == 0)
    return {
        date(year, 1, 1): "New Year",
        e - timedelta(days=2): "Good Friday",
        e + timedelta(days=1): "Easter Monday",
        first_monday_may: "Early May",
        date(year, 12, 25): "Christmas",
        date(year, 12, 26): "Boxing Day",
    }


STAFF = ["ana", "ben", "chloe", "dev", "eli"]
START = date(2024, 3, 25)
DAYS = 21
HOL = holidays(2024)

rota = []
people = cycle(STAFF)
for offset in range(DAYS):
    day = START + timedelta(days=offset)
    kinds = [Kind.EARLY, Kind.LATE] if day.weekday() >= 5 or day in HOL else list(Kind)
    for kind in kinds:
        rota.append(Shift(day, kind, next(people)))

print(f"Easter 2024: {easter(2024):%A %d %B}; Easter 2025: {easter(2025).isoformat()}; Easter 2038: {easter(2038)}")
print("holidays in range:", {d.isoformat(): n for d, n in HOL.items() if START <= d < START + timedelta(days=DAYS)})
print(len(rota), "shifts;", Counter(s.kind.code for s in rota))

hours = defaultdict(lambda: defaultdict(float))
for s in rota:
    year, week, _ = s.day.isocalendar()
    hours[s.person][f"{year}-W{week:02d}"] += s.kind.hours
print(f"{'person':<7}" + "".join(f"{w:>10}" for w in sorted({w for h in hours.values() for w in h})))
for person in STAFF:
    weeks = hours[person]
    cells = []
    for w in sorted({w for h in hours.values() for w in h}):
        h = weeks.get(w, 0)
        cells.append(f"{h:>9.1f}{'*' if h > 40 else ' '}")
    print(f"{person:<7}" + "".join(cells))

print()
cal = calendar.Calendar(firstweekday=0)
for year, month in [(2024, 3), (2024, 4)]:
    print(calendar.month_name[month].center(36))
    print(" ".join(f"{d:<4}" for d in calendar.day_abbr))
    for week in cal.monthdatescalendar(year, month):
        row = []
        for d in week:
            if d.month != month:
                row.append("    ")
                continue
            codes = "".join(sorted(s.kind.code for s in rota if s.day == d))
            mark = "h" if d in HOL else " "
            row.append(f"{d.day:>2}{mark}{codes[:1] or '.'}")
        print(" ".join(row))
    print()

nights = [s for s in rota if s.kind is Kind.NIGHT]
print("night shifts by person:", {p: len(list(g)) for p, g in groupby(sorted(nights, key=attrgetter("person")), key=attrgetter("person"))})
rest_violations = []
for person in STAFF:
    mine = sorted((s for s in rota if s.person == person), key=attrgetter("starts"))
    for a, b in zip(mine, mine[1:]):
        gap = b.starts - a.ends
        if gap < timedelta(hours=11):
            rest_violations.append((person, a.ends.strftime("%a %d %H:%M"), b.starts.strftime("%a %d %H:%M"), str(gap)))
pprint.pprint(rest_violations[:6], width=90)
summary = {
    "range": (START.isoformat(), (START + timedelta(days=DAYS - 1)).isoformat()),
    "per_kind_hours": {k.name: k.hours for k in Kind},
    "busiest_day": max(Counter(s.day for s in rota).items(), key=lambda kv: (kv[1], kv[0]))[0].strftime("%d/%m"),
    "weekends": sorted({s.day.strftime("%a %d") for s in rota if s.day.weekday() >= 5}),
    "first_shifts": [f"{s.person}@{s.starts:%H:%M}" for s in sorted(rota)[:4]],
}
pprint.pprint(summary, width=72, sort_dicts=False)
print(list(islice((d for d in (START + timedelta(n) for n in range(60)) if d.day == 1), 3)))
print((date(2024, 12, 31) - date(2024, 1, 1)).days + 1, calendar.isleap(2024), date(2024, 2, 29).replace(year=2028), timedelta(hours=37.5) // timedelta(hours=8), timedelta(hours=37.5) % timedelta(hours=8))
