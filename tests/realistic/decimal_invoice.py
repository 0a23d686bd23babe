"""Invoices with Decimal arithmetic: tax, discounts and different rounding modes."""
from decimal import (Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_UP, localcontext, InvalidOperation)

CENT = Decimal("0.01")


class Line:
    def __init__(self, sku, description, qty, unit_price, discount="0"):
        self.sku = sku
        self.description = description
        self.qty = Decimal(qty)
        self.unit_price = Decimal(unit_price)
        self.discount = Decimal(discount)

    def net(self, rounding):
        gross = self.qty * self.unit_price
        return (gross * (1 - self.discount)).quantize(CENT, rounding=rounding)


class Invoice:
    def __init__(self, number, tax_rate, rounding=ROUND_HALF_UP):
        self.number = number
        self.tax_rate = Decimal(tax_rate)
        self.rounding = rounding
        self.lines = []

    def add(self, *args, **kwargs):
        self.lines.append(Line(*args, **kwargs))

    def subtotal(self):
        return sum((l.net(self.rounding) for l in self.lines), Decimal("0"))

    def tax(self):
        return (self.subtotal() * self.tax_rate).quantize(CENT, rounding=self.rounding)

    def total(self):
        return self.subtotal() + self.tax()

    def render(self):
        out = [f"INVOICE {self.number} (rounding {self.rounding})"]
        for l in self.lines:
            disc = f" -{l.discount * 100:.0f}%" if l.discount else ""
            out.append(f"  {l.sku:<6}{l.description:<22}{l.qty:>6} x {l.unit_price:>8}{disc:>6} = {l.net(self.rounding):>9}")
        out.append(f"  {'subtotal':>50} {self.subtotal():>9}")
        out.append(f"  {'tax ' + str(self.tax_rate * 100).rstrip('0').rstrip('.') + '%':>50} {self.tax():>9}")
        out.append(f"  {'TOTAL':>50} {self.total():>9}")
        return "\n".join(out)


def build(rounding):
    inv = Invoice("2024-0117", "0.0825", rounding)
    inv.add("A100", "Copper wire (m)", "12.5", "1.335")
    inv.add("B220", "Junction box", "3", "4.995", discount="0.15")
    inv.add("C310", "Labour (h)", "2.25", "48.50")
    inv.add("D400", "Screws (box)", "1", "0.005")
    return inv


for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN):
    print(build(mode).render())
    print()

samples = [Decimal(s) for s in ("2.345", "2.355", "-2.345", "2.3449", "0.005", "-0.005")]
modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR]
print("value   " + " ".join(f"{m[6:]:>10}" for m in modes))
for s in samples:
    print(f"{s!s:8}" + " ".join(f"{s.quantize(CENT, rounding=m)!s:>10}" for m in modes))

# Split a bill three ways so that the cents add up exactly.
total = build(ROUND_HALF_UP).total()
share = (total / 3).quantize(CENT, rounding=ROUND_DOWN)
shares = [share, share, total - 2 * share]
print("split", total, "->", shares, sum(shares) == total)

with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456.789") + 0, Decimal(2).sqrt())
print(Decimal(1) / Decimal(7))
print(Decimal("1.10") + Decimal("2.20"), Decimal("1.1") * 3, Decimal("10") / 4, Decimal("7") // 2, Decimal("-7") % 3)
print(Decimal("3.14159").as_tuple(), Decimal("1E+3").normalize(), Decimal("100").normalize(), Decimal("0.000"))
print(Decimal("2.50").compare(Decimal("2.5")), Decimal("NaN").is_nan(), Decimal("-0") == 0, Decimal(0.1))
try:
    Decimal("12,50")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__)
print(sorted([Decimal("1.5"), Decimal("-3"), Decimal("1.25")]), max(Decimal("2"), Decimal("2.0")), f"{Decimal('1234.5'):,.2f}")
