"""Monthly report generator: Templates, textwrap, calendar, dates."""
import calendar
import textwrap
from datetime import date, datetime, timedelta
from string import Template


class Money(Template):
    delimiter = "%"
    idpattern = r"[a-z][a-z0-9_]*"


class Braced(Template):
    pattern = r"""
    \{\{(?:
      (?P<escaped>\{\{) |
      \s*(?P<named>[a-z]+)\s*\}\} |
      \s*(?P<braced>[A-Z]+)\s*\}\} |
      (?P<invalid>)
    )
    """


HEADER = Template("Report for $team — ${month_name} $year\n$$ amounts in USD")
LINE = Money("%name: %amount (%{pct}%%)")

TEAMS = {
    "Platform": [("servers", 12034.5), ("licences", 2200), ("training", 640.25)],
    "Design": [("software", 890), ("travel", 1530.75)],
}

NOTE = """\
    The quarterly budget was revised after the review meeting. Teams that
    overspent in the previous month must submit a short justification, no
    longer than one page, to the finance office before the fifteenth.
"""


def money(x):
    return f"{x:>12,.2f}"


def month_block(year, month):
    cal = calendar.TextCalendar(firstweekday=calendar.MONDAY)
    return cal.formatmonth(year, month, w=3, l=1)


def business_days(start, end):
    d = start
    n = 0
    while d <= end:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return n


def main():
    year, month = 2024, 2
    first = date(year, month, 1)
    _, ndays = calendar.monthrange(year, month)
    last = first.replace(day=ndays)
    for team, items in TEAMS.items():
        print(HEADER.substitute(team=team, month_name=calendar.month_name[month], year=year))
        total = sum(a for _, a in items)
        for name, amount in sorted(items, key=lambda it: -it[1]):
            print("  " + LINE.substitute(name=f"{name:<10}", amount=money(amount),
                                         pct=f"{100 * amount / total:5.1f}"))
        print("  " + "-" * 38)
        print(f"  {'total':<10}: {money(total)}")
        print()
    print(Money("%who owes %{amt} and %missing").safe_substitute(who="Ann", amt=3))
    try:
        Money("%who owes %").substitute(who="Bob")
    except ValueError as e:
        print("ValueError:", e)
    try:
        HEADER.substitute(team="x")
    except KeyError as e:
        print("KeyError:", e)
    print(Braced("Hi {{ name }}, {{ID}} {{{{ok").substitute(name="Zoe", ID=7))
    print(Template("$a $b").get_identifiers(), Template("$a $$ ${b").is_valid())
    print(month_block(year, month))
    print(calendar.TextCalendar(6).formatweekheader(2))
    print(calendar.isleap(year), calendar.leapdays(1900, 2025), calendar.weekday(2024, 2, 29))
    print(calendar.monthcalendar(year, month)[0], calendar.day_abbr[first.weekday()])
    print("business days:", business_days(first, last))
    print(textwrap.fill(textwrap.dedent(NOTE), width=50, initial_indent="Note: ",
                        subsequent_indent="      "))
    print(textwrap.indent(textwrap.dedent(NOTE).strip(), "> ", lambda ln: "one" not in ln))
    print(textwrap.shorten(textwrap.dedent(NOTE), width=60, placeholder=" [...]"))
    for w in textwrap.wrap("supercalifragilisticexpialidocious is long", width=10,
                           break_long_words=True):
        print(f"|{w:<10}|")
    print(textwrap.wrap("a-b-c-d-e-f hyphen-ated words", width=8))
    stamp = datetime(2024, 2, 29, 17, 5, 9)
    print(stamp.strftime("%A %d %B %Y, %I:%M %p (day %j, week %U/%W)"))
    print(stamp.isoformat(sep=" "), stamp.date().isocalendar())
    due = stamp + timedelta(days=30, hours=8)
    print(due, due - stamp, stamp - due, (due - stamp).total_seconds())
    print(date(2024, 3, 31) - date(2023, 12, 25), date.fromordinal(738000))
    print(f"{stamp:%Y/%m/%d} {date(2024,1,1):%a}", format(timedelta(minutes=-90)))


main()
