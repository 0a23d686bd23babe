"""Parses crontab-style lines and lists the next runs after a fixed moment,
using datetime arithmetic, calendar facts and a heap merge of schedules."""
import calendar
import heapq
import re
from datetime import datetime, timedelta

FIELDS = (("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12),
          ("weekday", 0, 6))
NAMES = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
         "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
         "sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6}
ALIASES = {"@hourly": "0 * * * *", "@daily": "0 0 * * *", "@weekly": "0 0 * * 0",
           "@monthly": "0 0 1 * *", "@yearly": "0 0 1 1 *"}


class CronError(ValueError):
    pass


def parse_field(text, name, lo, hi):
    values = set()
    for part in text.lower().split(","):
        m = re.fullmatch(r"(\*|[a-z0-9]+(?:-[a-z0-9]+)?)(?:/(\d+))?", part)
        if not m:
            raise CronError(f"bad {name} field: {part!r}")
        rng, step = m.group(1), int(m.group(2) or 1)
        if step == 0:
            raise CronError(f"zero step in {name}")
        if rng == "*":
            start, end = lo, hi
        else:
            bounds = [NAMES.get(x, x) for x in rng.split("-")]
            try:
                start, end = (int(b) for b in (bounds * 2)[:2])
            except ValueError:
                raise CronError(f"bad {name} value: {rng!r}") from None
            if "-" not in rng and m.group(2):
                end = hi
        if not (lo <= start <= hi and lo <= end <= hi) or start > end:
            raise CronError(f"{name} out of range: {part!r}")
        values.update(range(start, end + 1, step))
    return frozenset(values)


class Cron:
    def __init__(self, line):
        spec, _, self.command = line.partition("  ")
        spec = ALIASES.get(spec.strip(), spec.strip())
        parts = spec.split()
        if len(parts) != 5:
            raise CronError(f"expected 5 fields, got {len(parts)}: {spec!r}")
        for (name, lo, hi), text in zip(FIELDS, parts):
            setattr(self, name, parse_field(text, name, lo, hi))
        self.day_any = parts[2] == "*"
        self.weekday_any = parts[4] == "*"

    def matches(self, t):
        if t.minute not in self.minute or t.hour not in self.hour or t.month not in self.month:
            return False
        dom = t.day in self.day
        dow = (t.weekday() + 1) % 7 in self.weekday
        if self.day_any or self.weekday_any:
            return dom and dow
        return dom or dow

    def runs(self, after):
        t = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
        limit = after + timedelta(days=366 * 2)
        while t < limit:
            if t.month not in self.month:
                y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
                t = datetime(y, m, 1)
                continue
            if self.matches(t):
                yield t
            t += timedelta(minutes=1)


NOW = datetime(2024, 2, 27, 22, 58, 30)
table = """\
*/15 9-17 * * mon-fri  check-mail
0 0 29 feb *  leap-day-party
@monthly  rotate-logs
30 4 1,15 * 5  backup
0 12 * * sat,sun  lunch
61 * * * *  bad-minute
0 0 * *  too-short
5 4 * jan/2 *  odd-months"""

jobs = []
for line in table.splitlines():
    try:
        job = Cron(line)
    except CronError as e:
        print(f"skip {line!r}: {e}")
        continue
    jobs.append(job)
    first = [t.strftime("%a %Y-%m-%d %H:%M") for _, t in zip(range(3), job.runs(NOW))]
    print(f"{job.command:<15} {', '.join(first)}")

merged = heapq.merge(*[((t, j.command) for t in j.runs(NOW)) for j in jobs])
print("next 12 events:")
for when, cmd in (next(merged) for _ in range(12)):
    delta = when - NOW
    print(f"  {when:%d %b %H:%M}  in {delta.days}d {delta.seconds // 3600:02d}h"
          f"{delta.seconds % 3600 // 60:02d}m  {cmd}")
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.month_abbr[2])
print(calendar.month(2024, 2))
