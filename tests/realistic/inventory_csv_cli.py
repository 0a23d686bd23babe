"""Inventory tool: argparse front end over an in-memory CSV."""
import argparse
import csv
import io
import sys
import logging
from decimal import Decimal, ROUND_HALF_UP, localcontext
from collections import defaultdict

DATA = """sku,name,category,qty,unit_price
A100,Widget,tools,12,2.50
A101,Gadget,tools,0,12.99
B200,Sprocket,parts,340,0.15
B201,Cog,parts,75,0.35
C300,Manual,books,5,19.95
C301,"Guide, Advanced",books,2,34.50
"""

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-7s %(name)s: %(message)s")
log = logging.getLogger("inventory")


def build_parser():
    p = argparse.ArgumentParser(prog="inv", description="Inventory report")
    sub = p.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="value report")
    rep.add_argument("--category", "-c", action="append", default=None)
    rep.add_argument("--min-qty", type=int, default=0)
    rep.add_argument("--vat", type=Decimal, default=Decimal("0.20"))
    low = sub.add_parser("low", help="low stock")
    low.add_argument("threshold", type=int, nargs="?", default=10)
    low.add_argument("-q", "--quiet", action="store_true")
    return p


def load():
    rows = list(csv.DictReader(io.StringIO(DATA)))
    for r in rows:
        r["qty"] = int(r["qty"])
        r["unit_price"] = Decimal(r["unit_price"])
    log.debug("loaded %d rows", len(rows))
    return rows


def report(args, rows):
    cents = Decimal("0.01")
    totals = defaultdict(Decimal)
    for r in rows:
        if args.category and r["category"] not in args.category:
            continue
        if r["qty"] < args.min_qty:
            log.info("skipping %s (qty %d)", r["sku"], r["qty"])
            continue
        value = (r["qty"] * r["unit_price"]).quantize(cents, ROUND_HALF_UP)
        totals[r["category"]] += value
        print(f"{r['sku']:<6}{r['name']:<18}{r['qty']:>5} x {r['unit_price']:>6} = {value:>9}")
    net = sum(totals.values(), Decimal(0))
    with localcontext() as ctx:
        ctx.prec = 6
        vat = (net * args.vat).quantize(cents, ROUND_HALF_UP)
    for cat, v in sorted(totals.items()):
        print(f"  {cat:<10}{v:>10,.2f}")
    print(f"net {net:,.2f} vat {vat} gross {net + vat:,.2f}")


def low(args, rows):
    hits = [r for r in rows if r["qty"] < args.threshold]
    if not hits:
        log.warning("nothing below %d", args.threshold)
    for r in hits:
        if not args.quiet:
            print(f"LOW {r['sku']} {r['name']!r} only {r['qty']}")
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    w.writerow(["sku", "qty"])
    w.writerows([r["sku"], r["qty"]] for r in hits)
    print(out.getvalue(), end="")


parser = build_parser()
rows = load()
for argv in (["report"], ["report", "-c", "parts", "-c", "books", "--min-qty", "3", "--vat", "0.075"],
             ["low"], ["low", "1", "-q"], ["low", "100"]):
    args = parser.parse_args(argv)
    log.info("command %s %s", args.command, vars(args))
    {"report": report, "low": low}[args.command](args, rows)

print(parser.format_usage().strip())
saved = sys.stderr
sys.stderr = sys.stdout
for bad in (["report", "--min-qty", "x"], ["frob"], []):
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
sys.stderr = saved
