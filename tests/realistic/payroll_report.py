"""Payroll report: every flavour of string formatting a reporting script uses."""
from collections import namedtuple

Employee = namedtuple("Employee", "id name dept hours rate bonus")

STAFF = [
    Employee(101, "Ada Lovelace", "Engineering", 162.5, 58.0, 1200),
    Employee(102, "Grace Hopper", "Engineering", 171.25, 61.5, 0),
    Employee(205, "Alan Turing", "Research", 148.0, 64.75, 2500),
    Employee(206, "Katherine Johnson", "Research", 155.5, 59.0, 800),
    Employee(310, "Linus T.", "Operations", 120.0, 42.25, 0),
    Employee(311, "Margaret Hamilton", "Operations", 180.0, 55.0, 1500),
    Employee(412, "Édith Piaf", "Marketing", 98.5, 39.9, 300),
]

TAX_BANDS = [(3000, 0.10), (6000, 0.22), (float("inf"), 0.35)]


def tax_for(gross):
    tax, lower = 0.0, 0.0
    for upper, rate in TAX_BANDS:
        if gross > lower:
            tax += (min(gross, upper) - lower) * rate
        lower = upper
    return tax


def overtime_pay(e):
    regular = min(e.hours, 160)
    extra = max(0.0, e.hours - 160)
    return regular * e.rate + extra * e.rate * 1.5


def header(title, width=78):
    print("=" * width)
    print(title.center(width))
    print("=" * width)


def main():
    header("MONTHLY PAYROLL — MARCH 2024")
    cols = "{:>4} {:<20} {:<12} {:>7} {:>7} {:>10} {:>9} {:>10}"
    print(cols.format("ID", "Name", "Dept", "Hours", "Rate", "Gross", "Tax", "Net"))
    print(cols.format(*["-" * n for n in (4, 20, 12, 7, 7, 10, 9, 10)]))
    totals = {"gross": 0.0, "tax": 0.0, "net": 0.0}
    by_dept = {}
    for e in STAFF:
        gross = overtime_pay(e) + e.bonus
        tax = tax_for(gross)
        net = gross - tax
        totals["gross"] += gross
        totals["tax"] += tax
        totals["net"] += net
        by_dept.setdefault(e.dept, []).append(net)
        name = e.name if len(e.name) <= 20 else e.name[:19] + "…"
        print(f"{e.id:>4} {name:<20} {e.dept:<12} {e.hours:>7.2f} {e.rate:>7.2f} "
              f"{gross:>10,.2f} {tax:>9,.2f} {net:>10,.2f}")
    print(cols.format("", "", "", "", "", "=" * 10, "=" * 9, "=" * 10))
    print("{:>4} {:<20} {:<12} {:>7} {:>7} {gross:>10,.2f} {tax:>9,.2f} {net:>10,.2f}".format(
        "", "TOTAL", "", "", "", **totals))
    print()

    header("BY DEPARTMENT", 50)
    for dept, nets in sorted(by_dept.items(), key=lambda kv: -sum(kv[1])):
        share = sum(nets) / totals["net"]
        bar = "█" * round(share * 30)
        print("%-12s %2d staff  %11s  %5.1f%% %s" % (dept, len(nets), "{:,.2f}".format(sum(nets)),
                                                   share * 100, bar))
    print()

    header("NUMBER FORMATS", 50)
    sample = 1234567.891
    specs = [",", "_", ".3e", ".2%", "+.1f", " .1f", "015.3f", "^20.1f", "*>20,.2f", "g", ".4g"]
    for spec in specs:
        print(f"{spec!r:>12} -> [{sample:{spec}}]")
    for n in (0, 7, 255, 4096, -42):
        print(f"{n:>6d} {n:#06x} {n:#o} {n:#b} {n:08b}" if n >= 0 else f"{n:>6d} {n:#x} {n:+d}")
    print("%5s|%-5s|%05d|%x|%X|%o|%e|%g|%c|%r|%%" % ("ab", "cd", 42, 255, 255, 8, 12345.678, 0.00001234, 65, "q"))
    print("%(name)s earns %(rate).2f/h" % {"name": "Ada", "rate": 58})
    print("{0}{1}{0}".format("ab", "cd"), "{:{fill}{align}{width}}".format("mid", fill="~", align="^", width=11))
    print("{e.name} ({e.dept}) #{e.id:05d}".format(e=STAFF[2]))
    print("{!r:>20}|{!s:<8}|{!a}".format("quote", 3.5, "Édith"))
    print(f"{'left':<10}|{'right':>10}|{'centre':^10}|")
    print(f"{3.14159:.{3}f} {2 ** 64:,} {1e-7:.2e} {float('inf'):>8} {-0.0:+.1f}")
    print(f"{True!s:>6} {None!r} {[1, 2]!s:>8} {(1, 'a')}")
    ratio = 2 / 3
    print(f"{ratio=:.3f} {len(STAFF)=}")
    print("|" + "|".join(f"{d[:3]:^7}" for d in sorted(by_dept)) + "|")


main()
