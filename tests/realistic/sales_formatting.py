"""Quarterly sales report exercising format specs and str methods."""
from collections import OrderedDict
from datetime import date
import math

data = [
    ("North", "Widgets", 1, 12500.5), ("North", "Widgets", 2, 13220.0),
    ("North", "Gadgets", 1, 8000.0), ("North", "Gadgets", 3, 9100.75),
    ("South", "Widgets", 1, 4300.25), ("South", "Widgets", 4, 15000.0),
    ("South", "Gizmos", 2, 120.0), ("East", "Gizmos", 3, 99999.999),
    ("East", "Widgets", 4, -250.0), ("West", "Gadgets", 2, 0.0),
]

regions = OrderedDict()
for region, product, quarter, amount in data:
    regions.setdefault(region, {}).setdefault(product, [0.0] * 4)[quarter - 1] += amount

title = "Quarterly Sales Report"
print(title.center(72, "="))
print(f"{'Region':<8}{'Product':<10}" + "".join(f"{'Q' + str(q):>12}" for q in range(1, 5)) + f"{'Total':>14}")
print("-" * 72)
grand = 0.0
for region, products in regions.items():
    for i, (product, quarters) in enumerate(sorted(products.items())):
        total = sum(quarters)
        grand += total
        label = region if i == 0 else ""
        cells = "".join(f"{q:>12,.2f}" if q else f"{'-':>12}" for q in quarters)
        print(f"{label:<8}{product:<10}{cells}{total:>14,.2f}")
print("-" * 72)
print(f"{'Grand total':<62}{grand:>10,.2f}")
print()

print(f"{'pct':^10}|{'sci':^14}|{'hex':^8}|{'bin':^12}|{'oct':^6}")
for v in [0, 7, 255, 1024, 65535, -42]:
    print(f"{v / 300:^10.1%}|{v * 1234.5:^14.3e}|{v:^#8x}|{v:^#12b}|{v:^6o}")
print()
for x in [math.pi, -math.e, 1e-7, 123456789.0, float("inf"), float("nan"), -0.0]:
    print(f"{x!r:>22} {x:+.3f} {x:g} {x:10.4g}| {x:e} {x:_>12.2f}")
print(format(1234567.891, ",.1f"), format(1234567, "_d"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print("%-10s|%5d|%8.3f|%x|%o|%e|%r|%%|%c" % ("left", 42, 2.71828, 255, 8, 12345.678, "q", 65))
print("%(name)s is %(age)03d years" % {"name": "Ann", "age": 7})
print("{0}{1}{0}".format("ab", "-"), "{:>{w}.{p}f}".format(3.14159, w=10, p=2), "{!r:^9}".format("hi"))
print("{name[0]} {name[1]:.1f} {obj.year}".format(name=("x", 2.25), obj=date(2024, 2, 29)))

words = "  The quick brown Fox jumps over the lazy dog.  "
print(repr(words.strip()), repr(words.lstrip()[:5]), repr(words.rstrip()[-5:]))
print(words.split(), words.split(None, 2))
print(words.title(), words.swapcase().strip(), words.casefold().count("o"))
print("-".join(reversed(words.split())), words.find("Fox"), words.rfind("o"), words.index("lazy"))
print("a,b,,c".split(","), "a,b,,c".rsplit(",", 1), "line1\nline2\r\nline3".splitlines(True))
print("tab\tsep".expandtabs(8), "42".zfill(6), "-42".zfill(6), "x".ljust(4, ".") + "|", "abc".rjust(6, "*"))
print("Hello".startswith(("He", "Ha")), "file.tar.gz".endswith(".gz"), "file.tar.gz".partition("."), "file.tar.gz".rpartition("."))
print("straße".upper(), "ǅ".lower(), "ΣΑΣ".lower(), "İ".lower().encode())
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "½".isnumeric(), "  ".isspace(), "Title Case".istitle())
table = str.maketrans({"a": "4", "e": "3", "o": "0"}, )
print("hello awesome world".translate(table), "hello".translate(str.maketrans("lo", "01", "h")))
print("removeprefix:", "unhappy".removeprefix("un"), "report.txt".removesuffix(".txt"))
print(" | ".join(f"{w:.3}" for w in ["alpha", "be", "gamma"]), f"{'x'!a}", f"{'é'!a}", ascii("naïve"))
n = 1234567890123456789
print(f"{n:,}", f"{n:_x}", f"{n:e}", f"{n:.3g}", len(str(n ** 5)))
print(f"{3+4j:.2f}", f"{complex(1, -1)}", f"{True:d}", f"{True}", f"{None!s:>6}")
print(f"{date(2024, 7, 4):%A %d %B %Y}", f"{date(2024, 1, 1):%j %U %a}")
