"""A GitHub-style contribution heatmap for one quarter, drawn from a list of
dated commits with calendar.Calendar, plus streaks and weekday statistics."""
import calendar
from collections import Counter
from datetime import date, timedelta
from itertools import groupby

SHADES = " ░▒▓█"


def commits():
    start = date(2024, 1, 1)
    for i in range(0, 91):
        day = start + timedelta(days=i)
        n = (i * 7 + day.day * 3) % 9 - 3
        if day.weekday() >= 5:
            n -= 2
        for _ in range(max(0, n)):
            yield day


def shade(n, peak):
    if n == 0:
        return SHADES[0]
    return SHADES[min(4, 1 + (n * 4 - 1) // peak)]


def heatmap(counts, year, months):
    cal = calendar.Calendar(firstweekday=calendar.MONDAY)
    peak = max(counts.values())
    weeks = []
    for m in months:
        for week in cal.monthdatescalendar(year, m):
            if not weeks or weeks[-1][0] != week[0]:
                weeks.append(week)
    rows = []
    for wd in range(7):
        cells = []
        for week in weeks:
            d = week[wd]
            cells.append(shade(counts.get(d, 0), peak) if d.month in months and d.year == year else "·")
        rows.append(f"{calendar.day_abbr[wd]:>4} " + "".join(cells))
    header = "     "
    for i, week in enumerate(weeks):
        first = next((d for d in week if d.day == 1 and d.month in months), None)
        header += calendar.month_abbr[first.month][0] if first else " "
    return header + "\n" + "\n".join(rows)


def streaks(days):
    days = sorted(set(days))
    runs = []
    for _, group in groupby(enumerate(days), key=lambda p: p[1] - timedelta(days=p[0])):
        run = [d for _, d in group]
        runs.append((len(run), run[0], run[-1]))
    return sorted(runs, reverse=True)


if __name__ == "__main__":
    counts = Counter(commits())
    print(sum(counts.values()), "commits on", len(counts), "days")
    print(heatmap(counts, 2024, (1, 2, 3)))
    best = streaks(counts)
    print("longest streaks:", [(n, a.isoformat(), b.isoformat()) for n, a, b in best[:3]])
    by_weekday = Counter()
    for d, n in counts.items():
        by_weekday[calendar.day_name[d.weekday()]] += n
    for name in calendar.day_name:
        print(f"{name:<10}{by_weekday[name]:>4} {'#' * (by_weekday[name] // 4)}")
    busiest = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    print("busiest:", busiest[0].strftime("%a %d %b %Y"), busiest[1])
    print(calendar.monthrange(2024, 2), calendar.isleap(2024), calendar.leapdays(2000, 2025))
    print(calendar.weekday(2024, 3, 31), date(2024, 3, 31).isocalendar(), date(2024, 1, 1).isoweekday())
    tc = calendar.TextCalendar(calendar.SUNDAY)
    print(tc.formatmonth(2024, 2, w=3))
    print(list(calendar.Calendar().itermonthdays2(2024, 2))[:9])
