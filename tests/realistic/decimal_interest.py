"""Savings and loans with decimal arithmetic: compound interest with
banker's rounding, a fixed-rate amortisation check, currency allocation
that never loses a cent, and decimal context precision and traps."""

from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, localcontext, InvalidOperation, DivisionByZero
import decimal

CENT = Decimal("0.01")


def money(x):
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_EVEN)


def compound(principal, annual_rate, years, periods_per_year):
    balance = money(principal)
    rate = Decimal(annual_rate) / periods_per_year
    history = []
    for period in range(1, years * periods_per_year + 1):
        interest = money(balance * rate)
        balance += interest
        if period % periods_per_year == 0:
            history.append((period // periods_per_year, interest, balance))
    return balance, history


def payment(principal, annual_rate, months):
    r = Decimal(annual_rate) / 12
    factor = (1 + r) ** months
    return money(Decimal(principal) * r * factor / (factor - 1))


def amortise(principal, annual_rate, months):
    pay = payment(principal, annual_rate, months)
    r = Decimal(annual_rate) / 12
    balance = money(principal)
    total_interest = Decimal(0)
    rows = []
    for m in range(1, months + 1):
        interest = money(balance * r)
        principal_part = pay - interest
        if m == months:
            principal_part = balance
            pay_m = principal_part + interest
        else:
            pay_m = pay
        balance -= principal_part
        total_interest += interest
        rows.append((m, pay_m, interest, principal_part, balance))
    return pay, rows, total_interest


def allocate(amount, weights):
    """Split amount by weights so the parts add up exactly (largest remainder)."""
    amount = money(amount)
    total = sum(weights)
    raw = [amount * w / total for w in weights]
    parts = [r.quantize(CENT, rounding=ROUND_DOWN) for r in raw]
    leftover = int((amount - sum(parts)) / CENT)
    order = sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)
    for i in order[:leftover]:
        parts[i] += CENT
    return parts


final, hist = compound("1000", "0.05", 3, 12)
print("monthly compounding of 1000 at 5% for 3 years:")
for year, last_interest, bal in hist:
    print(f"  year {year}: last interest {last_interest:>6}  balance {bal:>9}")
print("  final:", final)

pay, rows, interest = amortise("15000", "0.069", 24)
print(f"loan 15000 at 6.9% over 24 months: payment {pay}")
for m, p, i, pr, bal in rows[:3] + rows[-2:]:
    print(f"  month {m:>2}: paid {p:>8} interest {i:>6} principal {pr:>8} left {bal:>9}")
print("  total interest:", interest, "| ends at zero:", rows[-1][-1] == 0)

parts = allocate("100.00", [1, 1, 1])
print("100 split 3 ways:", parts, "sum", sum(parts))
parts = allocate("1234.57", [50, 30, 15, 5])
print("weighted split:", parts, "sum", sum(parts))

print("rounding modes for 2.675 and 2.665:")
for mode in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN):
    print(f"  {mode:<16}", Decimal("2.675").quantize(CENT, mode), Decimal("2.665").quantize(CENT, mode))
print("float vs decimal:", round(2.675, 2), 0.1 + 0.2, Decimal("0.1") + Decimal("0.2"))
print("from float:", Decimal(0.1))

with localcontext() as ctx:
    ctx.prec = 6
    print("prec 6:", Decimal(1) / Decimal(7), Decimal("123456789") + 0)
    ctx.rounding = ROUND_HALF_UP
    print("half up:", Decimal("2.5").to_integral_value(), +Decimal("1.2345675"))
print("default prec again:", Decimal(1) / Decimal(7))

with localcontext() as ctx:
    ctx.traps[DivisionByZero] = False
    print("untrapped 1/0:", Decimal(1) / Decimal(0))
for expr in (lambda: Decimal(1) / Decimal(0), lambda: Decimal("abc"), lambda: Decimal(0) / Decimal(0)):
    try:
        expr()
    except (DivisionByZero, InvalidOperation) as e:
        print("trapped:", type(e).__name__, isinstance(e, ArithmeticError))

d = Decimal("-1234.5600")
print(d.normalize(), d.as_tuple().exponent, d.adjusted(), abs(d), d.copy_negate(), -d)
print(d.is_signed(), Decimal("NaN").is_nan(), Decimal("Infinity") > 10**100, Decimal("1E+3").to_eng_string())
print(f"{Decimal('1234567.891'):,.2f} {Decimal('0.000012'):.2e} {Decimal('42'):>8}|")
print(sorted([Decimal("1.10"), Decimal("1.1"), Decimal("1.05"), 1]), Decimal("1.10") == Decimal("1.1"))
print(decimal.getcontext().prec, decimal.getcontext().rounding)
