"""Summarise sales records from CSV text: group, aggregate, and print a report
with argparse options on a fixed argv."""
import argparse
import csv
import io
import statistics
from collections import defaultdict, Counter
from datetime import date
from decimal import Decimal, ROUND_HALF_UP

DATA = """date,region,rep,product,units,unit_price
2024-01-03,North,Alice,Widget,12,2.50
2024-01-04,South,Bob,Gadget,3,10.00
2024-01-09,North,Carol,Widget,7,2.50
2024-02-11,East,Alice,Gizmo,1,99.99
2024-02-14,South,Bob,Widget,30,2.25
2024-02-20,North,Alice,Gadget,5,9.50
2024-03-01,East,Dan,Gizmo,2,95.00
2024-03-05,South,Carol,Gadget,8,10.00
2024-03-17,North,Bob,Widget,14,2.40
2024-03-30,East,Alice,Widget,9,2.50
"""


def parse_args(argv):
    p = argparse.ArgumentParser(prog="report", description="Sales report.")
    p.add_argument("--by", choices=["region", "rep", "product", "month"], default="region")
    p.add_argument("--top", type=int, default=3, help="how many reps to rank")
    p.add_argument("--min-units", type=int, default=0, dest="min_units")
    p.add_argument("-v", "--verbose", action="count", default=0)
    return p.parse_args(argv)


def load(text, min_units):
    rows = []
    for rec in csv.DictReader(io.StringIO(text)):
        units = int(rec["units"])
        if units < min_units:
            continue
        rows.append({
            "date": date.fromisoformat(rec["date"]),
            "region": rec["region"],
            "rep": rec["rep"],
            "product": rec["product"],
            "units": units,
            "price": Decimal(rec["unit_price"]),
        })
    return rows


def money(d):
    return d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def key_of(row, by):
    if by == "month":
        return row["date"].strftime("%Y-%m")
    return row[by]


def report(rows, by, top, verbose):
    groups = defaultdict(list)
    for r in rows:
        groups[key_of(r, by)].append(r)
    width = max(len(k) for k in groups) + 2
    print(f"{by.title():<{width}}{'units':>7}{'revenue':>12}{'avg/unit':>10}")
    total = Decimal(0)
    for k in sorted(groups):
        g = groups[k]
        units = sum(r["units"] for r in g)
        revenue = sum((r["units"] * r["price"] for r in g), Decimal(0))
        total += revenue
        print(f"{k:<{width}}{units:>7}{money(revenue):>12}{money(revenue / units):>10}")
    print(f"{'TOTAL':<{width}}{sum(r['units'] for r in rows):>7}{money(total):>12}")
    reps = Counter()
    for r in rows:
        reps[r["rep"]] += r["units"] * r["price"]
    print("top reps:", ", ".join(f"{name} ({money(v)})" for name, v in reps.most_common(top)))
    sizes = [r["units"] for r in rows]
    print("units: mean %.2f median %s stdev %.3f" % (statistics.mean(sizes), statistics.median(sizes), statistics.stdev(sizes)))
    if verbose:
        products = Counter(r["product"] for r in rows)
        print("orders per product:", dict(sorted(products.items())))
    if verbose > 1:
        first, last = min(r["date"] for r in rows), max(r["date"] for r in rows)
        print(f"span: {first:%d %b %Y} .. {last:%d %b %Y} ({(last - first).days} days)")


for argv in ([], ["--by", "month", "-vv"], ["--by", "product", "--min-units", "5", "--top", "2", "-v"]):
    args = parse_args(argv)
    print(f"== {argv} -> {vars(args)}")
    report(load(DATA, args.min_units), args.by, args.top, args.verbose)
for bad in (["--by", "city"], ["--top", "x"]):
    try:
        parse_args(bad)
    except SystemExit as e:
        print("exit status", e.code)
