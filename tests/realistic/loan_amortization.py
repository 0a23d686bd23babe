"""Loan amortization schedules with Decimal, and exact rate arithmetic with Fraction."""
from decimal import Decimal, getcontext, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN
from fractions import Fraction

getcontext().prec = 28
CENT = Decimal("0.01")


def payment(principal, annual_rate, months):
    r = annual_rate / 12 / 100
    if r == 0:
        return (principal / months).quantize(CENT)
    factor = (1 + r) ** months
    return (principal * r * factor / (factor - 1)).quantize(CENT, rounding=ROUND_HALF_UP)


def schedule(principal, annual_rate, months, extra=Decimal("0")):
    pay = payment(principal, annual_rate, months)
    r = annual_rate / 12 / 100
    balance = principal
    rows = []
    month = 0
    while balance > 0 and month < months:
        month += 1
        interest = (balance * r).quantize(CENT, rounding=ROUND_HALF_EVEN)
        towards = pay + extra - interest
        if towards > balance:
            towards = balance
        balance -= towards
        rows.append((month, pay + extra if balance else towards + interest, interest, towards, balance))
    return pay, rows


def print_schedule(title, principal, rate, months, extra=Decimal("0"), show=6):
    pay, rows = schedule(principal, rate, months, extra)
    print(f"{title}: {principal:,} at {rate}% over {months} months, payment {pay}"
          + (f" + {extra} extra" if extra else ""))
    print(f"{'#':>4} {'payment':>10} {'interest':>10} {'principal':>10} {'balance':>12}")
    for row in rows[:show] + ([None] if len(rows) > 2 * show else []) + rows[-show:] if len(rows) > 2 * show else rows:
        if row is None:
            print(f"{'...':>4}")
            continue
        m, p, i, t, b = row
        print(f"{m:>4} {p:>10} {i:>10} {t:>10} {b:>12,}")
    total_interest = sum(r[2] for r in rows)
    print(f"paid off in {len(rows)} months, total interest {total_interest:,}")
    print()
    return total_interest


def compare_rounding():
    values = [Decimal("2.675"), Decimal("2.665"), Decimal("-1.005"), Decimal("0.125")]
    modes = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN]
    print("value    " + " ".join(f"{m:>16}" for m in modes))
    for v in values:
        print(f"{v!s:<8} " + " ".join(f"{v.quantize(CENT, rounding=m)!s:>16}" for m in modes))
    print(f"float 2.675 rounds to {round(2.675, 2)} but Decimal gives {Decimal('2.675').quantize(CENT)}")
    print(Decimal(2.675))
    print()


def exact_rates():
    apr = Fraction(6, 100)
    monthly = apr / 12
    print("monthly rate", monthly, float(monthly))
    growth = (1 + monthly) ** 12
    print("effective annual rate", growth - 1, f"{float(growth - 1):.6%}")
    shares = [Fraction(1, 3), Fraction(1, 6), Fraction(1, 4)]
    rest = 1 - sum(shares)
    print("shares", shares, "rest", rest, "sum", sum(shares) + rest)
    pot = Decimal("1000.00")
    parts = [(pot * s.numerator / s.denominator).quantize(CENT, rounding=ROUND_DOWN) for s in shares + [rest]]
    leftover = pot - sum(parts)
    print("split", parts, "leftover", leftover)
    print(Fraction("3.1415926535").limit_denominator(1000), Fraction(0.1), Fraction(0.1).limit_denominator())
    print(Fraction(7, -21), Fraction(5, 4) // Fraction(1, 3), Fraction(5, 4) % Fraction(1, 3))
    print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3))
    print()


def main():
    total1 = print_schedule("Car loan", Decimal("18500"), Decimal("6.9"), 60)
    total2 = print_schedule("Car loan, extra", Decimal("18500"), Decimal("6.9"), 60, Decimal("100"))
    print(f"extra payments save {total1 - total2:,}")
    print()
    print_schedule("Mortgage", Decimal("250000"), Decimal("4.25"), 360, show=3)
    print_schedule("Zero rate", Decimal("1200"), Decimal("0"), 12, show=2)
    compare_rounding()
    exact_rates()
    d = Decimal("1") / Decimal("7")
    print(d, d.quantize(Decimal("1e-5")), +d, -d, abs(-d))
    print(Decimal("1.10") + Decimal("2.20"), Decimal("1.1") * 3, Decimal("10") / 4, Decimal("7") // 2, Decimal("-7") % 3)
    print(Decimal("123.4500").normalize(), Decimal("1e3").normalize(), Decimal("0.000").normalize())
    print(sorted([Decimal("1.5"), Decimal("-2"), Decimal("0.25")]), max(Decimal("3"), Decimal("3.0")))
    print(f"{Decimal('1234.5678'):,.2f} {Decimal('0.5'):.0%} {Decimal('-3.14159'):+.3f}")


main()
