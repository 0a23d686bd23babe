#!/usr/bin/env python3
"""A small inventory manager driven by argparse sub-commands and a CSV file kept in memory."""
import argparse
import csv
import io
import json
import logging
import sys
from decimal import Decimal, ROUND_HALF_UP
from enum import Enum, auto

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("inventory")

DATA = """sku,name,qty,price,category
A-100,Widget,25,2.50,hardware
A-101,Gadget,3,19.99,hardware
B-200,"Cable, USB-C",120,4.75,electronics
B-201,Charger,0,15.00,electronics
C-300,Notebook,48,1.20,stationery
"""


class Category(Enum):
    HARDWARE = auto()
    ELECTRONICS = auto()
    STATIONERY = auto()

    @classmethod
    def parse(cls, text):
        try:
            return cls[text.upper()]
        except KeyError:
            raise argparse.ArgumentTypeError(f"unknown category {text!r}") from None


class Item:
    __slots__ = ("sku", "name", "qty", "price", "category")

    def __init__(self, sku, name, qty, price, category):
        self.sku = sku
        self.name = name
        self.qty = int(qty)
        self.price = Decimal(price)
        self.category = Category.parse(category)

    @property
    def value(self):
        return (self.price * self.qty).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, qty={self.qty}, price={self.price})"


def load(text):
    reader = csv.DictReader(io.StringIO(text))
    items = {row["sku"]: Item(**row) for row in reader}
    log.debug("loaded %d items", len(items))
    return items


def cmd_list(items, args):
    rows = [i for i in items.values() if args.category is None or i.category is args.category]
    rows.sort(key=lambda i: (-i.value, i.sku) if args.by_value else (i.sku,))
    for it in rows:
        flag = " LOW" if it.qty < args.threshold else ""
        print(f"{it.sku:6} {it.name:<14} {it.qty:>5} x {it.price:>6} = {it.value:>8}{flag}")
    total = sum((i.value for i in rows), Decimal(0))
    print(f"{'total':>36} {total:>8}")


def cmd_adjust(items, args):
    it = items.get(args.sku)
    if it is None:
        log.error("no such sku: %s", args.sku)
        return 1
    old = it.qty
    it.qty += args.delta
    if it.qty < 0:
        log.warning("stock for %s would go negative (%d); clamped", it.sku, it.qty)
        it.qty = 0
    log.info("%s: %d -> %d", it.sku, old, it.qty)
    return 0


def cmd_export(items, args):
    out = io.StringIO()
    if args.format == "json":
        payload = [{"sku": i.sku, "name": i.name, "qty": i.qty, "price": str(i.price),
                    "category": i.category.name.lower()} for i in items.values()]
        json.dump(payload, out, indent=2, sort_keys=True)
        out.write("\n")
    else:
        w = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["sku", "name", "qty", "price", "category"])
        for i in items.values():
            w.writerow([i.sku, i.name, i.qty, i.price, i.category.name.lower()])
    print(out.getvalue(), end="")


def build_parser():
    p = argparse.ArgumentParser(prog="inv", description="Inventory tool")
    p.add_argument("-v", "--verbose", action="count", default=0)
    sub = p.add_subparsers(dest="command", required=True)
    ls = sub.add_parser("list", help="list items")
    ls.add_argument("--category", type=Category.parse)
    ls.add_argument("--threshold", type=int, default=5)
    ls.add_argument("--by-value", action="store_true")
    ls.set_defaults(func=cmd_list)
    adj = sub.add_parser("adjust", help="change stock")
    adj.add_argument("sku")
    adj.add_argument("delta", type=int)
    adj.set_defaults(func=cmd_adjust)
    ex = sub.add_parser("export")
    ex.add_argument("--format", choices=["csv", "json"], default="csv")
    ex.set_defaults(func=cmd_export)
    return p


def run(argv, items):
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        print(f"[exit status {e.code}]")
        return
    print(f"$ inv {' '.join(argv)}")
    rc = args.func(items, args)
    if rc:
        print(f"[rc={rc}]")


def main():
    items = load(DATA)
    print(items["B-200"])
    sys.stderr = sys.stdout
    run(["list"], items)
    run(["list", "--by-value", "--threshold", "30"], items)
    run(["list", "--category", "electronics"], items)
    run(["adjust", "A-101", "-5"], items)
    run(["adjust", "Z-999", "1"], items)
    run(["adjust", "C-300", "+2"], items)
    run(["export"], items)
    run(["export", "--format", "json"], items)
    run(["list", "--category", "food"], items)
    run(["export", "--format", "xml"], items)
    run([], items)
    build_parser().print_help()


main()
