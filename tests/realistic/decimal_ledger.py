"""Currency arithmetic with decimal contexts, rounding modes and fractions."""
from decimal import (Decimal, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_HALF_EVEN,
                     ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_05UP, ROUND_HALF_DOWN,
                     InvalidOperation, DivisionByZero, Inexact, Rounded, DecimalException)
from fractions import Fraction
import math

CENT = Decimal("0.01")
prices = ["19.995", "0.125", "2.675", "-1.005", "1234567.8950", "0.0049"]
modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
print(f"{'price':>14} " + " ".join(f"{m[6:]:>11}" for m in modes))
for p in prices:
    d = Decimal(p)
    print(f"{p:>14} " + " ".join(f"{d.quantize(CENT, rounding=m):>11}" for m in modes))

getcontext().prec = 28
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal(10).ln(), Decimal("1e-3").log10())
print(Decimal("1.1") + Decimal("2.2"), 1.1 + 2.2, Decimal(1.1), Decimal("3.14159").as_tuple())
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(3))
    print(Decimal(2) ** Decimal("0.5"))
with localcontext(Context(prec=5, rounding=ROUND_DOWN)):
    print(Decimal("2") / 3, Decimal("123456789") + 0, +Decimal("9.99999"))
print(Decimal("123.4500").normalize(), Decimal("1E+3").normalize(), Decimal("0.000").normalize(), Decimal("100").normalize())
print(Decimal("1.30") == Decimal("1.3"), hash(Decimal("1.5")) == hash(1.5), Decimal("2.50") < 3, Decimal(5) == 5.0)
print(Decimal("7.325").to_integral_value(rounding=ROUND_HALF_UP), round(Decimal("7.5")), round(Decimal("8.5")), round(Decimal("2.345"), 2))
print(Decimal("-7") // 2, Decimal("-7") % 2, divmod(Decimal("7.5"), 2), Decimal(-7).copy_abs(), Decimal("1.5").copy_sign(-1))
print(f"{Decimal('1234567.891'):,.2f} {Decimal('0.5'):.0%} {Decimal('1e10'):e} {Decimal('-0.00001'):f} {Decimal('3.50'):>8}|")
print(str(Decimal("1e-7")), repr(Decimal("1E+2")), Decimal("0.1e-10").to_eng_string(), Decimal("12345e5").to_eng_string())
print(Decimal("NaN").is_nan(), Decimal("-Infinity") < 0, Decimal("inf") + 1, Decimal("sNaN").is_snan())
print(Decimal.from_float(0.1), Decimal(0.5).as_integer_ratio(), Decimal("2.5").adjusted(), Decimal("123.45").scale_b(2) if hasattr(Decimal, "scale_b") else "", Decimal("12.3").is_signed())
print(Decimal(10) ** -3, Decimal("1.000").exp() if False else Decimal(1).exp(), Decimal("100").log10(), Decimal(0).is_zero())
print(max(Decimal("1.0"), Decimal("1.00")), min([Decimal("3"), Decimal("-2.5"), Decimal("0")]), sum(Decimal(p) for p in prices))
for expr in ["Decimal(1) / 0", "Decimal('abc')", "Decimal(0) / 0", "Decimal('1.2345').quantize(Decimal('1e-30'))"]:
    try:
        print(eval(expr))
    except DecimalException as e:
        print(f"{expr}: {type(e).__name__} {[c.__name__ for c in type(e).__mro__[1:3]]}")
ctx = Context(prec=6, traps=[Inexact])
try:
    ctx.divide(Decimal(1), Decimal(3))
except Inexact:
    print("Inexact trapped")
ctx = Context(prec=3)
print(ctx.add(Decimal("1.234"), Decimal("5.678")), ctx.flags[Rounded], ctx.flags[Inexact], ctx.multiply(3, Decimal("1.2345")))
ctx.clear_flags()
print(ctx.flags[Rounded], ctx.Emax, ctx.Emin)


def amortize(principal, annual_rate, months):
    rate = annual_rate / 12 / 100
    payment = (principal * rate / (1 - (1 + rate) ** -months)).quantize(CENT, ROUND_HALF_UP)
    balance = principal
    rows = []
    for month in range(1, months + 1):
        interest = (balance * rate).quantize(CENT, ROUND_HALF_UP)
        towards = payment - interest if month < months else balance
        balance -= towards
        rows.append((month, interest, towards, balance))
    return payment, rows


payment, rows = amortize(Decimal("12000"), Decimal("6.5"), 12)
print("payment", payment)
for month, interest, principal, balance in rows[:3] + rows[-2:]:
    print(f"{month:>3} {interest:>8} {principal:>9} {balance:>10}")
print("total interest:", sum(r[1] for r in rows))

# fractions
f = Fraction(3, 4) + Fraction(5, 6) - Fraction(1, 12)
print(f, float(f), f.numerator, f.denominator, Fraction("0.125"), Fraction("-7/21"), Fraction(2.5), Fraction(Decimal("1.1")))
print(Fraction(math.pi).limit_denominator(1000), Fraction(1, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2), 2 ** Fraction(2))
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3), math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 3)))
print(Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5), Fraction(10, 4).as_integer_ratio())
h = sum(Fraction(1, n) for n in range(1, 21))
print(f"H20 = {h} ~ {float(h):.10f}", h.limit_denominator(100))
print(repr(Fraction(-3, 9)), str(Fraction(6, 3)), Fraction(1, 3) % Fraction(1, 4), divmod(Fraction(7, 2), Fraction(2, 3)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
