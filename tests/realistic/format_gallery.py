"""A tour of string formatting the way a report generator uses it."""
import math

items = [
    ("Widget", 3, 4.5),
    ("Gadget deluxe", 12, 19.999),
    ("Thingamajig", 1, 1234.5),
    ("Ünïcode ßpecial", 7, 0.125),
]

width = 38
print("=" * width)
print("{:^{w}}".format("INVOICE #%05d" % 42, w=width))
print("=" * width)
total = 0
for name, qty, price in items:
    line = qty * price
    total += line
    print("{name:<16.16}{qty:>4d} x {price:>8,.2f} = {line:>8.2f}".format(
        name=name, qty=qty, price=price, line=line))
print("-" * width)
print(f"{'TOTAL':<16}{'':>17}{total:>{width - 33}.2f}")
print(f"{'tax 8.25%':<16}{total * 0.0825:>22.2f}")
print()

# % formatting in its many forms
print("%s has %d items costing %.2f" % ("cart", 4, total))
print("%(name)s is %(age)d years old" % {"name": "Ada", "age": 36})
print("%-10s|%10s|" % ("left", "right"))
print("%+d %+d % d % d" % (5, -5, 5, -5))
print("%05.1f|%-8.3e|%g|%G" % (3.14159, 12345.678, 0.00001234, 1.5e-10))
print("%x %X %#x %#o %o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("%r %a %s" % ("quote's", "naïve", b"bytes"))
print("%%d stays literal, %3d%%" % 50)
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 3, math.pi))

# format spec mini-language
for spec in ["", ">10", "<10", "^10", "*^12", "+", " ", "010", ",", "_", "e", ".3e", "%", ".1%", "g", ".10g"]:
    print(f"{spec!r:>8} -> [{format(1234.5678, spec)}]")
for spec in ["b", "#b", "o", "#o", "x", "#X", "_b", "08b", "+#x", ",d", "c"]:
    print(f"{spec!r:>6} -> [{format(97, spec)}]")
print(format(2**70, ","), format(-2**40, "_x"), format(10**20, "e"))
print("{0}{1}{0}".format("ab", "cd"), "{0[1]}{1[x]}".format([9, 8], {"x": 7}))
print("{.real} {.imag}".format(3 + 4j, 3 + 4j), "{!r:>12}".format("hi"))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec.endswith("$"):
            return f"${self.cents / 100:{spec[:-1] or ''},.2f}"
        return format(self.cents, spec)

    def __str__(self):
        return f"{self.cents // 100}.{self.cents % 100:02d}"


m = Money(1234567)
print(f"{m:$} {m:>15$} {m:,} {m!s}")
print("nested {:{fill}{align}{width}}".format("x", fill="~", align="^", width=9))
print(f"{3.0:.0f} {2.5:.0f} {0.5:.0f} {-0.0:.1f} {1e16:.0f} {float('inf'):>6} {float('nan'):<5}|")
print(f"{123.456:010.2f} {-123.456:+010.2f} {1/3:.17f} {2/3:.5g}")
print(f"{12345678:,d} {0.000012345:.3g} {123456789.0:g} {1e-5:f}")
print(f"{'tab':\t>6}|" if False else f"{'dot':.>6}|{'dash':-<7}|")
print(repr(f"{'a'!r:5}"), f"{True:>6}", f"{None!s:>6}", f"{42:#010b}")
print("{:=+10.3f}|{:=10d}|{:<+8}".format(3.14159, -42, 7))
print(str.format("{}-{}", *"xy"), "{a}{b}".format(**{"a": 1, "b": 2}))
