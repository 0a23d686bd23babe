"""Invoice/report text built with every string-formatting style: %-formatting,
str.format with nested fields and format_map with a __missing__ mapping, f-strings
with computed specs, str methods for layout, and locale-free number formatting."""
from decimal import Decimal, ROUND_HALF_UP
from string import Formatter, capwords, ascii_uppercase, digits, punctuation


class Defaulting(dict):
    def __missing__(self, key):
        return "{" + key + "}"


class Row:
    def __init__(self, sku, desc, qty, price):
        self.sku, self.desc, self.qty, self.price = sku, desc, qty, Decimal(price)

    @property
    def total(self):
        return (self.qty * self.price).quantize(Decimal("0.01"), ROUND_HALF_UP)


ROWS = [
    Row("A-100", "Widget, small", 12, "0.99"),
    Row("B-220", "Gadget with a very long description that needs cutting", 3, "149.50"),
    Row("C-007", "Ünïcödé thing", 1, "1234.005"),
    Row("D-4", "Bulk screws (box of 1000)", 250, "0.015"),
]

W = {"sku": 6, "desc": 28, "qty": 5, "price": 10, "total": 11}
header = "{:<{sku}} {:<{desc}} {:>{qty}} {:>{price}} {:>{total}}".format("SKU", "Description", "Qty", "Price", "Total", **W)
print(header)
print("-" * len(header))
for r in ROWS:
    desc = r.desc if len(r.desc) <= W["desc"] else r.desc[:W["desc"] - 1] + "…"
    print(f"{r.sku:<{W['sku']}} {desc:<{W['desc']}} {r.qty:>{W['qty']}d} {r.price:>{W['price']},.3f} {r.total:>{W['total']},.2f}")
subtotal = sum(r.total for r in ROWS)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), ROUND_HALF_UP)
for label, amount in (("Subtotal", subtotal), ("Tax 8.25%", tax), ("TOTAL", subtotal + tax)):
    print(f"{label:>{sum(W.values()) - W['total'] + 3}} {amount:>{W['total']},.2f}")
print("=" * len(header))

print("%-10s|%10s|%-+8.2f|%08.3f|%x|%#o|%5.1e|%c%c" % ("left", "right", 3.14159, -2.5, 48879, 8, 123456, 79, 75))
print("%(customer)s owes %(amount).2f %(cur)s (%(pct)d%%)" % {"customer": "ACME", "amount": 1234.5, "cur": "EUR", "pct": 7})
print("%*s|%-*s|%.*f" % (8, "pad", 6, "x", 3, 2 / 3), "%s and %r" % ("str", "repr"), "%3d%%" % 50)
tmpl = "Dear {title} {name}, your order {order[id]} of {order[items]} items ships {when}."
print(tmpl.format_map(Defaulting(name="Lee", order={"id": 77, "items": 3})))
print("{0}{1}{0}".format("ab", "-"), "{:^9}".format("mid"), "{!r:>8}".format("q"), "{0.real:+.1f}".format(2 + 3j))
print("{:,d} {:_b} {:#X} {:08.3%} {:e}".format(10**9, 10, 255, 0.123456, 0.000321))
print("{:{}{}{}}".format("nest", "*", "^", 12), "{a[0]}{a[1]}{b.imag}".format(a="xy", b=1j))
fields = [(lit, name, spec, conv) for lit, name, spec, conv in Formatter().parse("Hi {name!r:>10}, {0} {{x}} {obj.attr[2]:.2f}")]
print(fields)


class Upper(Formatter):
    def format_field(self, value, spec):
        if spec == "up":
            return str(value).upper()
        return super().format_field(value, spec)

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)


print(Upper().format("{greet:up} {who} {0:>4}", 7, greet="hello"))
print(capwords("the  quick-brown fox's TAIL"), capwords("a-b-c", "-"), "o'neil mcdonald".title())
print(ascii_uppercase[:5], digits[::3], len(punctuation))
text = "  Mixed Case\tTabbed text\twith\ttabs  "
print(repr(text.strip()), repr(text.expandtabs(4)), text.split(), text.lstrip().partition(" "), text.rpartition("\t"))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "  a  b  ".split(" "), "line1\nline2\r\nline3".splitlines(keepends=True))
print("x".center(7, "*"), "42".zfill(6), "-42".zfill(6), "abc".ljust(6, ".") + "|", "abc".rjust(6) + "|")
print("Hello World".swapcase(), "ß".upper(), "ǅ".lower(), "ﬁ".upper(), "İ".lower().encode(), "straße".casefold() == "STRASSE".casefold())
table = str.maketrans({"a": "4", "e": "3", "o": None}) 
print("leet speak code".translate(table), "hello".translate(str.maketrans("lo", "01", "h")))
print("snake_case_name".replace("_", " ").title().replace(" ", ""), "CamelCaseName".removeprefix("Camel").removesuffix("Name"))
print(", ".join(f"{w!s:.3}" for w in ("alpha", "beta", "gamma")), "ab" * 3, "-".join("abc"), "abc"[::-1])
print("x=1;y=2".count("="), "banana".find("an", 2), "banana".rfind("an"), "banana".index("nan"), "bAnAnA".lower().count("a"))
print("3".isdigit(), "³".isdigit(), "³".isdecimal(), "Ⅻ".isnumeric(), "abc123".isalnum(), "  ".isspace(), "Title Case".istitle(), "_id".isidentifier())
print(f"{'nested ' + str(len('abc')):>{4 * 3}}|", f"{3.14159:{'.'}{2}f}", f"{1e6:,.0f}", f"{-0.0:+}", f"{12345.6789:_.2f}", f"{255:#06x}")
amount = 1234567.891
print(f"{amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), f"{amount:.2e}", f"{amount:g}", f"{int(amount):,}".replace(",", " "))
