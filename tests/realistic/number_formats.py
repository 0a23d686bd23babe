"""A numeric formatting showcase as a report generator would use it: format
specs, locale-free thousands separators, percentages, scientific notation,
Fractions, Decimals, statistics and rounding modes."""
import math
import statistics
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN, localcontext
from fractions import Fraction

values = [0, 1, -1, 3.14159265, -2.5, 1234567.891, 1e-7, 6.02214076e23, float("inf"),
          float("nan"), 2 ** 70, -0.0, 0.1 + 0.2]
specs = ["", ">12", "<12.3f", "^+12.2e", ",.2f", "_d", "08.3f", ".3g", "%", ".1%",
         "#x", "#o", "#b", "=+10,d", "n"]
for spec in specs:
    cells = []
    for v in values:
        try:
            cells.append(format(v, spec))
        except (ValueError, TypeError) as e:
            cells.append(f"<{type(e).__name__}>")
    print(f"{spec!r:>10}: " + " | ".join(cells))

print(f"{math.pi:{'*'}^{20}.{5}f}", f"{'left':<8}|", f"{42:+}", f"{-42: }", f"{3.0:g}")
x, y = 7, 3
print(f"{x/y=:.4f} {x//y=} {x%y=} {divmod(-x, y)=} {-x // y=} {round(2.5)=} {round(3.5)=}")
print("%5.2f|%-6d|%+.3e|%x|%o|%c|%r|%s|%%" % (2.345, 42, 12345.678, 255, 8, 65, "q", None))
print("%(name)s is %(age)03d" % {"name": "Ann", "age": 7})
print([round(v, 2) for v in (2.675, 1.005, -1.5, 0.125)], round(1234.5, -2), round(-0.5))

fr = [Fraction(1, 3), Fraction("0.125"), Fraction(22, 7), Fraction(-5, 10)]
print(fr, sum(fr), math.prod(fr), max(fr), Fraction(math.pi).limit_denominator(1000))
print(f"{Fraction(1, 3):}", float(Fraction(1, 3)), Fraction(7, 2).__round__(),
      round(Fraction(5, 2)), Fraction(3, 4) ** 2, Fraction(1, 2) < 0.6)

getcontext().prec = 12
d = [Decimal("1.10"), Decimal("2.205"), Decimal("-0.015"), Decimal("1E+3")]
print(d, sum(d), Decimal(1) / Decimal(7), Decimal("2").sqrt())
print([x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) for x in d])
print([x.quantize(Decimal("0.1"), rounding=ROUND_DOWN) for x in d])
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("123456789") + 0)
print(f"{Decimal('1234.5'):,.2f}", f"{Decimal('0.000123'):.2e}", Decimal("3.50").normalize())

data = [2.5, 3.1, 4.7, 4.7, 5.0, 6.2, 8.8, 9.1]
print(statistics.mean(data), statistics.median(data), statistics.mode(data))
print(round(statistics.stdev(data), 6), round(statistics.pvariance(data), 6))
print(statistics.quantiles(data, n=4), statistics.median_low([1, 3, 5, 7]),
      statistics.median_high([1, 3, 5, 7]))
print(statistics.fmean([Fraction(1, 2), 0.25]), statistics.harmonic_mean([40, 60]))
try:
    statistics.mode([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10),
      math.comb(52, 5), math.perm(10, 3), math.gcd(84, 36, 120), math.lcm(4, 6, 10))
print(float.fromhex("0x1.8p1"), (0.1).hex(), (2.5).as_integer_ratio(), (10).bit_length(),
      (255).bit_count(), int("ff", 16), int("0b1011", 0), float("1_000.5"))
