"""Generate a formatted sales report from CSV-like data."""
import csv
import io
from collections import defaultdict
from itertools import groupby
from operator import itemgetter

DATA = """region,rep,product,units,unit_price,date
North,Alice,Widget,12,2.50,2024-01-03
North,Alice,Gadget,3,19.99,2024-01-05
South,Bob,Widget,40,2.45,2024-01-07
East,Carol,Gizmo,7,105.00,2024-01-09
North,Dan,Widget,5,2.50,2024-02-11
South,Bob,Gizmo,1,110.00,2024-02-12
East,Carol,Widget,100,2.25,2024-02-14
West,"Eve, Jr.",Gadget,9,18.50,2024-02-20
South,Frank,Gadget,0,19.99,2024-03-01
East,Carol,Gadget,4,19.99,2024-03-02
West,"Eve, Jr.",Widget,25,2.40,2024-03-15
North,Alice,Gizmo,2,99.99,2024-03-28
"""


def load(text):
    rows = []
    for rec in csv.DictReader(io.StringIO(text)):
        rec["units"] = int(rec["units"])
        rec["unit_price"] = float(rec["unit_price"])
        rec["total"] = rec["units"] * rec["unit_price"]
        rec["month"] = rec["date"][:7]
        rows.append(rec)
    return rows


def table(headers, rows, aligns):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    def line(cells):
        out = []
        for cell, w, a in zip(cells, widths, aligns):
            out.append(f"{cell:{a}{w}}")
        return "| " + " | ".join(out) + " |"
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    print(sep)
    print(line(headers))
    print(sep.replace("-", "="))
    for r in rows:
        print(line(r))
    print(sep)


rows = load(DATA)
print(f"Loaded {len(rows)} rows; {sum(r['units'] for r in rows):,} units total\n")

detail = [(r["date"], r["region"], r["rep"], r["product"], r["units"],
           f"{r['unit_price']:.2f}", f"{r['total']:,.2f}") for r in rows]
table(["Date", "Region", "Rep", "Product", "Units", "Price", "Total"], detail,
      ["<", "<", "<", "^", ">", ">", ">"])

print("\nBy region:")
rows.sort(key=itemgetter("region"))
grand = 0.0
for region, grp in groupby(rows, key=itemgetter("region")):
    grp = list(grp)
    revenue = sum(r["total"] for r in grp)
    grand += revenue
    bar = "*" * int(revenue // 25)
    print(f"  {region:<6}{len(grp):>3} sales {revenue:>10,.2f}  {bar}")
print(f"  {'TOTAL':<6}{len(rows):>3} sales {grand:>10,.2f}")

print("\nMonthly pivot (revenue):")
pivot = defaultdict(lambda: defaultdict(float))
for r in rows:
    pivot[r["product"]][r["month"]] += r["total"]
months = sorted({r["month"] for r in rows})
print(f"{'product':<8}" + "".join(f"{m:>11}" for m in months) + f"{'sum':>11}")
for product in sorted(pivot):
    vals = [pivot[product].get(m, 0.0) for m in months]
    print(f"{product:<8}" + "".join(f"{v:>11.2f}" if v else f"{'-':>11}" for v in vals)
          + f"{sum(vals):>11.2f}")

print("\nTop reps:")
by_rep = defaultdict(float)
for r in rows:
    by_rep[r["rep"]] += r["total"]
ranked = sorted(by_rep.items(), key=lambda kv: (-kv[1], kv[0]))
for rank, (rep, rev) in enumerate(ranked, 1):
    share = rev / grand
    print(f"{rank:>2}. {rep:.<12}{rev:>9.2f} {share:>7.1%} {share:+.3e}")

print("\nFormatting corner cases:")
for v in (0, 7, -7, 1234567, 3.14159, -0.5, 1e-7, float("inf")):
    print(f"[{v!s:>10}] [{v:^12}] [{v:<+10}] [{v:010.3f}] [{v:_>8.2g}]")
for n in (255, 4096, -42):
    print(f"{n:#x} {n:#o} {n:#b} {n:08X} {n:,} {n:_d} {n:=+8d}")
print("%-10s|%5d|%8.3f|%x|%r" % ("old-style", 42, 2.71828, 255, "q"))
print("{:*^30}".format(" END OF REPORT "))
print("{0[rep]} sold {0[units]} {0[product]}s".format(rows[0]))

out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["rep", "revenue", "note"])
for rep, rev in ranked[:3]:
    w.writerow([rep, f"{rev:.2f}", 'said "hi"' if "," in rep else ""])
print(out.getvalue(), end="")
