"""Formatting data as Markdown tables: column alignment from the data, wide
(East Asian) characters, wrapping long cells, totals rows, and parsing a
Markdown table back into dictionaries."""

import unicodedata
import textwrap
from decimal import Decimal


def display_width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, width, align):
    gap = width - display_width(s)
    if align == "right":
        return " " * gap + s
    if align == "center":
        left = gap // 2
        return " " * left + s + " " * (gap - left)
    return s + " " * gap


def is_number(v):
    return isinstance(v, (int, float, Decimal)) and not isinstance(v, bool)


def to_text(v):
    if isinstance(v, float):
        return f"{v:,.2f}"
    if isinstance(v, bool):
        return "✓" if v else "✗"
    if v is None:
        return ""
    return str(v)


def markdown_table(rows, columns=None, wrap=None, center=()):
    columns = columns or list(rows[0])
    align = {}
    for c in columns:
        values = [r.get(c) for r in rows if r.get(c) is not None]
        if c in center:
            align[c] = "center"
        elif values and all(is_number(v) for v in values):
            align[c] = "right"
        else:
            align[c] = "left"
    cells = [[to_text(r.get(c)) for c in columns] for r in rows]
    if wrap:
        wrapped = []
        for row in cells:
            parts = [textwrap.wrap(cell, wrap) or [""] for cell in row]
            height = max(len(p) for p in parts)
            for i in range(height):
                wrapped.append([p[i] if i < len(p) else "" for p in parts])
        cells = wrapped
    widths = [max([display_width(c)] + [display_width(row[i]) for row in cells])
              for i, c in enumerate(columns)]
    widths = [max(w, 3) for w in widths]
    out = ["| " + " | ".join(pad(c, w, "left") for c, w in zip(columns, widths)) + " |"]
    rule = []
    for c, w in zip(columns, widths):
        a = align[c]
        if a == "right":
            rule.append("-" * (w - 1) + ":")
        elif a == "center":
            rule.append(":" + "-" * (w - 2) + ":")
        else:
            rule.append("-" * w)
    out.append("| " + " | ".join(rule) + " |")
    for row in cells:
        out.append("| " + " | ".join(pad(v, w, align[c]) for v, w, c in zip(row, widths, columns)) + " |")
    return "\n".join(out)


def parse_markdown_table(text):
    lines = [l.strip() for l in text.strip().splitlines()]
    split = lambda l: [c.strip() for c in l.strip("|").split("|")]
    header = split(lines[0])
    result = []
    for line in lines[2:]:
        values = split(line)
        result.append(dict(zip(header, values)))
    return header, result


products = [
    {"item": "Coffee beans", "qty": 3, "price": Decimal("12.50"), "organic": True},
    {"item": "緑茶 (green tea)", "qty": 12, "price": Decimal("4.25"), "organic": False},
    {"item": "Oat milk", "qty": 120, "price": Decimal("1.99"), "organic": True},
    {"item": "Dark chocolate", "qty": 7, "price": None, "organic": None},
]
print(markdown_table(products, center=("organic",)))
print()

for p in products:
    if p["price"] is not None:
        p["total"] = p["price"] * p["qty"]
grand = sum(p.get("total", 0) for p in products)
print(markdown_table(products + [{"item": "**Total**", "total": grand}],
                     columns=["item", "qty", "total"]))
print()

notes = [
    {"id": 1, "note": "Short."},
    {"id": 2, "note": "A much longer note that needs to be wrapped across several lines of the table cell."},
    {"id": 30, "note": "Mid-sized note here."},
]
print(markdown_table(notes, wrap=24))
print()

stats = [{"metric": "mean", "value": 3.14159}, {"metric": "max", "value": 1234567.891}]
table = markdown_table(stats)
print(table)
header, parsed = parse_markdown_table(table)
print("parsed header:", header)
print("parsed rows:", parsed)
print("widths:", [display_width(s) for s in ["abc", "緑茶", "é", "✓"]])
