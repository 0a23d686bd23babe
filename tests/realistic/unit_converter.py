"""Exact unit conversion with Fraction and money with Decimal."""
from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_EVEN, ROUND_DOWN, InvalidOperation, localcontext

LENGTH = {"mm": Fraction(1, 1000), "cm": Fraction(1, 100), "m": Fraction(1), "km": Fraction(1000),
          "in": Fraction(254, 10000), "ft": Fraction(3048, 10000), "yd": Fraction(9144, 10000),
          "mi": Fraction(1609344, 1000)}
MASS = {"g": Fraction(1, 1000), "kg": Fraction(1), "lb": Fraction(45359237, 100000000), "oz": Fraction(45359237, 1600000000)}


class UnitError(LookupError):
    pass


def convert(value, src, dst):
    for table in (LENGTH, MASS):
        if src in table and dst in table:
            return Fraction(value) * table[src] / table[dst]
    raise UnitError(f"cannot convert {src} to {dst}")


def c_to_f(c):
    return Fraction(c) * 9 / 5 + 32


for value, src, dst in [(1, "mi", "km"), (6, "ft", "m"), (100, "m", "yd"), ("2.5", "lb", "kg"),
                        (1, "kg", "oz"), (Fraction(1, 3), "yd", "in"), (5, "m", "kg")]:
    try:
        r = convert(value, src, dst)
    except UnitError as e:
        print("error:", e)
        continue
    print(f"{value} {src} = {r} {dst} ~ {float(r):.6f} {dst}")

for c in [-40, 0, 37, 100, Fraction(1, 2)]:
    f = c_to_f(c)
    print(f"{c} C = {f} F ({float(f):g})", f.numerator, f.denominator)

x = Fraction(3, 4)
print(x + 1, x * x, x / Fraction(1, 8), x ** 2, x ** -1, -x, abs(-x), x // Fraction(1, 3), x % Fraction(1, 3))
print(Fraction("0.125"), Fraction("-3/9"), Fraction(0.1), Fraction(0.1).limit_denominator(100))
print(Fraction(22, 7) > 3.14, Fraction(1, 2) == 0.5, round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3))
print(float(Fraction(1, 3)), int(Fraction(-7, 2)), repr(Fraction(6, 4)), hash(Fraction(1, 2)) == hash(0.5))
print(sum(Fraction(1, n) for n in range(1, 11)), Fraction(1, 3).as_integer_ratio())
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

print(getcontext().prec, getcontext().rounding)
price = Decimal("19.99")
qty = 3
subtotal = price * qty
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"))
print(subtotal, tax, subtotal + tax, repr(subtotal + tax))
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal("1.30") + Decimal("1.20"), Decimal("1e3"), Decimal("1.000e3"))
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_DOWN))
print(Decimal(0.1), Decimal("-0"), Decimal("NaN"), Decimal("-Infinity"), Decimal("123.4500").normalize())
print(Decimal("7.5") // 2, Decimal("7.5") % 2, Decimal("-7.5") // 2, Decimal("-7.5") % 2, divmod(Decimal(17), Decimal(5)))
print(Decimal("3.14159").as_tuple(), Decimal("1.5").to_integral_value(), Decimal(10) ** -2, Decimal("12.5").scaleb(2))
print(sorted([Decimal("1.1"), Decimal("0.9"), Decimal("1.10")]), max(Decimal("2"), Decimal("2.0")), Decimal(5).compare(Decimal(3)))
print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.000012345'):.3e}", f"{Decimal('42'):>8}", format(Decimal("1.5"), "%"))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("123456789") + 1)
print(Decimal(1) / Decimal(3))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
try:
    Decimal(1) / Decimal(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(int(Decimal("42.9")), float(Decimal("0.5")), Decimal(3).is_signed(), Decimal("-3").copy_abs(), Decimal("3.000").adjusted())
print(Decimal("1.23E+5"), Decimal("0.0000001"), str(Decimal("100") * Decimal("1e-2")), Decimal(2) ** 100)
