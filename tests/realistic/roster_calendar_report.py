"""A monthly duty roster: calendar layout, datetime arithmetic with fixed dates, Template and textwrap output."""
import calendar
import textwrap
from datetime import date, datetime, timedelta, time
from string import Template
from itertools import cycle, groupby, accumulate, pairwise, zip_longest
from operator import itemgetter

HOLIDAYS = {date(2024, 5, 1): "Labour Day", date(2024, 5, 9): "Ascension", date(2024, 5, 20): "Whit Monday"}
STAFF = ["Ana", "Ben", "Chen", "Dara", "Eli"]

cal = calendar.TextCalendar(firstweekday=calendar.MONDAY)
print(cal.formatmonth(2024, 5))
print(calendar.month_name[5], calendar.day_abbr[0], calendar.isleap(2024), calendar.leapdays(2000, 2025),
      calendar.monthrange(2024, 2), calendar.weekday(2024, 5, 1))

workdays = [d for d in cal.itermonthdates(2024, 5) if d.month == 5 and d.weekday() < 5 and d not in HOLIDAYS]
rota = dict(zip(workdays, cycle(STAFF)))
print(len(workdays), "working days;", ", ".join(f"{d:%d}" for d in HOLIDAYS))

for week, days in groupby(workdays, key=lambda d: d.isocalendar().week):
    days = list(days)
    cells = [f"{d:%a %d}: {rota[d]:<5}" for d in days]
    print(f"W{week:02d} " + " | ".join(cells))

counts = {}
for person in rota.values():
    counts[person] = counts.get(person, 0) + 1
print(sorted(counts.items(), key=itemgetter(1, 0), reverse=True))

shift_start = time(8, 30)
shifts = []
for d in workdays[:5]:
    start = datetime.combine(d, shift_start)
    length = timedelta(hours=8, minutes=15 * (d.day % 3))
    shifts.append((rota[d], start, start + length))
for who, start, end in shifts:
    print(f"{who:<5} {start:%Y-%m-%d %H:%M} -> {end:%H:%M} ({(end - start).total_seconds() / 3600:.2f} h)")
hours = list(accumulate((end - start for _, start, end in shifts), initial=timedelta(0)))
print([str(h) for h in hours])
gaps = [b[1] - a[2] for a, b in pairwise(shifts)]
print([f"{g.days}d {g.seconds // 3600}h" for g in gaps])
for left, right in zip_longest(STAFF, workdays[:3], fillvalue="--"):
    print(f"  {left:<6}{right}")

deadline = date(2024, 5, 31)
today = date(2024, 5, 13)
left = deadline - today
business = sum(1 for i in range(left.days + 1) if (today + timedelta(i)).weekday() < 5 and today + timedelta(i) not in HOLIDAYS)
print(f"{left.days} days ({business} business days) until {deadline:%A %d %B}")
print(today.isocalendar(), today.toordinal(), date.fromordinal(today.toordinal() + 100))
print(date.fromisocalendar(2024, 20, 3), (date(2024, 12, 31) - date(2024, 1, 1)).days + 1, today.replace(day=1) - timedelta(days=1))

memo = Template(textwrap.dedent("""\
    To: $names
    Subject: Duty roster for $month

    Dear team, the roster for $month has $n working days. $first opens on $start
    and $last closes on $end. Holidays this month: $holidays. Please swap shifts
    among yourselves and tell the office by $$reply_by at the latest.
    """))
text = memo.substitute(
    names=", ".join(STAFF), month=f"{calendar.month_name[5]} 2024", n=len(workdays),
    first=rota[workdays[0]], start=f"{workdays[0]:%a %d}", last=rota[workdays[-1]],
    end=f"{workdays[-1]:%a %d}", holidays="; ".join(f"{v} ({k:%d %b})" for k, v in HOLIDAYS.items()))
head, _, body = text.partition("\n\n")
print(head)
print()
print(textwrap.fill(body, width=48, initial_indent="  ", subsequent_indent="  "))
print(textwrap.indent(textwrap.shorten(body, 60, placeholder=" [...]"), "> "))
print(calendar.HTMLCalendar().formatweekheader().replace("</th>", "</th>\n")[:60])
