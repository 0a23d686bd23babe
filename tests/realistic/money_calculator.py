"""Money calculations with decimal and fractions: invoices, splits, loans."""
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation
from fractions import Fraction

CENT = Decimal("0.01")
getcontext().prec = 28


def to_money(x, rounding=ROUND_HALF_UP):
    return Decimal(x).quantize(CENT, rounding=rounding)


class Invoice:
    def __init__(self, customer, tax_rate="0.0825"):
        self.customer = customer
        self.tax_rate = Decimal(tax_rate)
        self.lines = []

    def add(self, desc, qty, price, discount="0"):
        self.lines.append((desc, Decimal(qty), Decimal(price), Decimal(discount)))

    def line_total(self, qty, price, discount):
        return to_money(qty * price * (1 - discount))

    @property
    def subtotal(self):
        return sum((self.line_total(q, p, d) for _, q, p, d in self.lines), Decimal("0"))

    @property
    def tax(self):
        return to_money(self.subtotal * self.tax_rate)

    @property
    def total(self):
        return self.subtotal + self.tax

    def render(self):
        out = [f"INVOICE for {self.customer}"]
        for desc, q, p, d in self.lines:
            disc = f" (-{d:.0%})" if d else ""
            out.append(f"  {desc:<18}{q:>6} x {p:>8}{disc:<7} = {self.line_total(q, p, d):>9}")
        out.append(f"  {'Subtotal':<43}{self.subtotal:>9}")
        out.append(f"  {'Tax @ ' + str(self.tax_rate * 100) + '%':<43}{self.tax:>9}")
        out.append(f"  {'TOTAL':<43}{self.total:>9}")
        return "\n".join(out)


def split_evenly(amount, n):
    """Split amount into n parts that sum exactly to amount."""
    amount = to_money(amount)
    base = (amount / n).quantize(CENT, rounding=ROUND_DOWN)
    parts = [base] * n
    remainder = int((amount - base * n) / CENT)
    for i in range(remainder):
        parts[i] += CENT
    return parts


def split_ratio(amount, weights):
    total_w = sum(weights)
    shares = [Fraction(w, total_w) * Fraction(str(amount)) for w in weights]
    cents = [int(s * 100) for s in shares]
    leftover = int(Fraction(str(amount)) * 100) - sum(cents)
    order = sorted(range(len(shares)), key=lambda i: -(shares[i] * 100 - cents[i]))
    for i in order[:leftover]:
        cents[i] += 1
    return [Decimal(c) / 100 for c in cents]


def amortize(principal, annual_rate, months):
    principal = Decimal(principal)
    r = Decimal(annual_rate) / 12
    payment = to_money(principal * r / (1 - (1 + r) ** -months))
    balance = principal
    rows = []
    for m in range(1, months + 1):
        interest = to_money(balance * r)
        princ = payment - interest if m < months else balance
        balance -= princ
        rows.append((m, payment if m < months else princ + interest, interest, princ, balance))
    return payment, rows


inv = Invoice("ACME Corp")
inv.add("Widgets", "12", "3.99")
inv.add("Consulting hours", "7.5", "120.00", "0.10")
inv.add("Shipping", "1", "14.955")
inv.add("Gizmo", "3", "0.333")
print(inv.render())
print()

print("split 100 / 3:", split_evenly("100", 3), sum(split_evenly("100", 3)))
print("split 0.05 / 3:", split_evenly("0.05", 3))
print("ratio split 1000 by 1:2:4:", split_ratio("1000.00", [1, 2, 4]))
print("ratio split 10 by 1:1:1:", split_ratio("10", [1, 1, 1]))

payment, rows = amortize("10000", "0.06", 12)
print(f"\nLoan 10000 @ 6% for 12 months: payment {payment}")
print(f"{'m':>2} {'payment':>9} {'interest':>9} {'principal':>10} {'balance':>10}")
for m, pay, i, p, bal in rows:
    if m <= 3 or m >= 11:
        print(f"{m:>2} {pay:>9} {i:>9} {p:>10} {bal:>10}")
print("total interest:", sum(r[2] for r in rows))

print("\nrounding modes for 2.675 and 2.665:")
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN):
    print(f"  {mode:<16}", Decimal("2.675").quantize(CENT, mode), Decimal("2.665").quantize(CENT, mode))
print("float surprise:", round(2.675, 2), 0.1 + 0.2, Decimal(0.1))
print("decimal exact:", Decimal("0.1") + Decimal("0.2"), Decimal("1") / Decimal("3"))
with localcontext() as ctx:
    ctx.prec = 6
    print("prec 6:", Decimal(1) / Decimal(7), Decimal("123456789") * 1)
print("sqrt 2:", Decimal(2).sqrt(), Decimal("1.10") * 3, Decimal("-0.00"), Decimal("1E+3").normalize())
print(Decimal("12.500").normalize(), Decimal("7").as_tuple(), Decimal("3.14159").quantize(Decimal("0.001")))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation raised:", type(e).__name__)
print(Decimal("10") // 3, Decimal("-10") // 3, Decimal("-10") % 3, divmod(Decimal("7.5"), 2))
print(max(Decimal("1.1"), Decimal("1.10")), Decimal("2.50") == Decimal("2.5"), hash(Decimal("2.5")) == hash(2.5))

f = Fraction(1, 3) + Fraction(1, 6)
print("\nfractions:", f, f * 4, f ** 2, float(f), Fraction("3.1415"), Fraction(0.75), Fraction(-7, 21))
print(Fraction(22, 7).limit_denominator(5), Fraction(3.141592653589793).limit_denominator(1000))
print(sum(Fraction(1, n) for n in range(1, 11)), round(Fraction(7, 2)), round(Fraction(5, 2)))
print(Fraction(5, 4) < 1.3, Fraction(1, 2) == 0.5, int(Fraction(-7, 2)), Fraction(1, 3).as_integer_ratio())
