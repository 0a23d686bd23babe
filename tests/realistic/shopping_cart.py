"""Shopping cart with discounts, coupons, and receipts (classes, properties, __dunder__)."""
from decimal import Decimal
from dataclasses import dataclass
from typing import Callable
from collections import defaultdict

TWO = Decimal("0.01")


@dataclass(frozen=True)
class Product:
    code: str
    name: str
    price: Decimal
    category: str

    def __post_init__(self):
        object.__setattr__(self, "price", Decimal(self.price))


class LineItem:
    def __init__(self, product, qty=1):
        self.product = product
        self.qty = qty

    @property
    def subtotal(self):
        return self.product.price * self.qty

    def __repr__(self):
        return f"<{self.qty} x {self.product.code}>"


class Cart:
    def __init__(self):
        self._lines = {}
        self.discounts: list[Callable[["Cart"], tuple[str, Decimal]]] = []

    def add(self, product, qty=1):
        if qty <= 0:
            raise ValueError("quantity must be positive")
        line = self._lines.get(product.code)
        if line:
            line.qty += qty
        else:
            self._lines[product.code] = LineItem(product, qty)
        return self

    def remove(self, code, qty=None):
        line = self._lines[code]
        if qty is None or qty >= line.qty:
            del self._lines[code]
        else:
            line.qty -= qty

    def __len__(self):
        return sum(l.qty for l in self._lines.values())

    def __iter__(self):
        return iter(sorted(self._lines.values(), key=lambda l: l.product.code))

    def __contains__(self, code):
        return code in self._lines

    def __bool__(self):
        return bool(self._lines)

    @property
    def subtotal(self):
        return sum((l.subtotal for l in self), Decimal("0"))

    def applied_discounts(self):
        out = []
        for d in self.discounts:
            result = d(self)
            if result and result[1] > 0:
                out.append(result)
        return out

    @property
    def total(self):
        return max(Decimal("0"), self.subtotal - sum(a for _, a in self.applied_discounts())).quantize(TWO)

    def receipt(self):
        lines = ["RECEIPT".center(40, "*")]
        for l in self:
            lines.append(f"{l.product.name[:20]:<20} {l.qty:>3} x {l.product.price:>6} = {l.subtotal:>7}")
        lines.append(f"{'Subtotal':<33}{self.subtotal:>7}")
        for label, amount in self.applied_discounts():
            lines.append(f"  {label:<31}{-amount.quantize(TWO):>7}")
        lines.append(f"{'TOTAL':<33}{self.total:>7}")
        return "\n".join(lines)


def percent_off(category, pct):
    def rule(cart):
        base = sum((l.subtotal for l in cart if l.product.category == category), Decimal(0))
        return (f"{pct}% off {category}", (base * Decimal(pct) / 100).quantize(TWO))
    return rule


def buy_n_get_one(code, n):
    def rule(cart):
        for l in cart:
            if l.product.code == code:
                free = l.qty // (n + 1)
                return (f"buy {n} get 1 {code}", free * l.product.price)
        return None
    return rule


def coupon(amount, minimum):
    def rule(cart):
        if cart.subtotal >= minimum:
            return (f"coupon (min {minimum})", Decimal(amount))
        return None
    return rule


catalog = {p.code: p for p in [
    Product("APL", "Apple", "0.45", "produce"),
    Product("BRD", "Sourdough bread loaf", "4.99", "bakery"),
    Product("MLK", "Milk 1L", "1.29", "dairy"),
    Product("CHS", "Aged cheddar cheese block", "7.5", "dairy"),
]}
cart = Cart()
cart.add(catalog["APL"], 7).add(catalog["MLK"], 2).add(catalog["CHS"]).add(catalog["BRD"])
cart.add(catalog["APL"], 2)
cart.discounts += [percent_off("dairy", 10), buy_n_get_one("APL", 2), coupon("5.00", Decimal("20"))]
print(len(cart), "MLK" in cart, "XYZ" in cart, bool(cart), list(cart))
print(cart.receipt())
cart.remove("CHS")
cart.remove("APL", 5)
print(cart.receipt())
try:
    cart.add(catalog["MLK"], 0)
except ValueError as e:
    print("error:", e)
try:
    cart.remove("ZZZ")
except KeyError as e:
    print("missing:", e)
try:
    catalog["APL"].price = 1
except AttributeError as e:
    print(type(e).__name__, e)
by_cat = defaultdict(list)
for p in catalog.values():
    by_cat[p.category].append(p.name)
print(dict(by_cat))
print(catalog["MLK"], hash(catalog["MLK"]) == hash(Product("MLK", "Milk 1L", "1.29", "dairy")))
empty = Cart()
print(bool(empty), empty.total, len(empty))
