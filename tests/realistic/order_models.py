"""Typed dataclass models with __post_init__ validation, as a small order service uses."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY
from datetime import date
from typing import ClassVar, Optional, Literal, get_type_hints
import re

EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")


class ModelError(ValueError):
    def __init__(self, model, problems):
        self.model, self.problems = model, problems
        super().__init__(f"{model}: " + "; ".join(problems))


@dataclass
class Customer:
    name: str
    email: str
    since: date = field(default_factory=lambda: date(2024, 1, 1))
    tier: Literal["basic", "gold"] = "basic"
    count: ClassVar[int] = 0

    def __post_init__(self):
        problems = []
        self.name = self.name.strip()
        if not self.name:
            problems.append("name is empty")
        if not EMAIL.match(self.email):
            problems.append(f"bad email {self.email!r}")
        if self.tier not in ("basic", "gold"):
            problems.append(f"unknown tier {self.tier!r}")
        if problems:
            raise ModelError("Customer", problems)
        Customer.count += 1


@dataclass(frozen=True, order=True)
class Money:
    cents: int
    currency: str = "EUR"

    @classmethod
    def parse(cls, text):
        amount, _, cur = text.partition(" ")
        whole, _, frac = amount.partition(".")
        return cls(int(whole) * 100 + int((frac + "00")[:2]), cur or "EUR")

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError(f"currency mismatch {self.currency}/{other.currency}")
        return Money(self.cents + other.cents, self.currency)

    def __mul__(self, n):
        return Money(self.cents * n, self.currency)

    def __str__(self):
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"


@dataclass
class Line:
    sku: str
    unit: Money
    qty: int = 1

    def __post_init__(self):
        if self.qty <= 0:
            raise ModelError("Line", [f"quantity must be positive, got {self.qty}"])

    @property
    def total(self) -> Money:
        return self.unit * self.qty


@dataclass
class Order:
    customer: Customer
    lines: list[Line] = field(default_factory=list)
    _: KW_ONLY
    discount_pct: int = 0
    note: Optional[str] = None
    coupon: InitVar[Optional[str]] = None
    id: int = field(init=False, repr=False, default=0)
    _next_id: ClassVar[int] = 1

    def __post_init__(self, coupon):
        self.id = Order._next_id
        Order._next_id += 1
        if coupon == "GOLD10":
            if self.customer.tier != "gold":
                raise ModelError("Order", ["GOLD10 is for gold customers"])
            self.discount_pct = max(self.discount_pct, 10)
        elif coupon is not None:
            raise ModelError("Order", [f"unknown coupon {coupon!r}"])

    def total(self) -> Money:
        subtotal = Money(0)
        for line in self.lines:
            subtotal = subtotal + line.total
        return Money(subtotal.cents * (100 - self.discount_pct) // 100, subtotal.currency)


def attempt(label, factory):
    try:
        obj = factory()
        print(f"{label}: {obj}")
        return obj
    except ModelError as e:
        print(f"{label}: ModelError({e.model}) {e.problems}")
    except (TypeError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e}")


def main():
    ada = attempt("ada", lambda: Customer("  Ada ", "ada@example.org", tier="gold"))
    attempt("nobody", lambda: Customer(" ", "not-an-email", tier="platinum"))
    bob = attempt("bob", lambda: Customer("Bob", "bob+shop@mail.example.co.uk"))
    attempt("missing", lambda: Customer("Cy"))
    print("customers created:", Customer.count)
    print()
    coffee = Money.parse("4.5")
    cake = Money.parse("3.25")
    print(coffee, cake, coffee < cake, sorted([coffee, cake, Money(100)]), coffee == Money(450))
    attempt("bad line", lambda: Line("X", coffee, 0))
    o1 = attempt("order1", lambda: Order(ada, [Line("coffee", coffee, 2), Line("cake", cake)], coupon="GOLD10"))
    o2 = attempt("order2", lambda: Order(bob, [Line("cake", cake, 3)], note="no nuts"))
    attempt("order3", lambda: Order(bob, [], coupon="GOLD10"))
    attempt("order4", lambda: Order(bob, [], 5))
    attempt("mixed", lambda: Money(1, "EUR") + Money(1, "USD"))
    print("totals:", o1.total(), o2.total(), "ids:", o1.id, o2.id)
    print()
    try:
        coffee.cents = 1
    except dataclasses.FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
    print(dataclasses.asdict(o2)["lines"])
    print(dataclasses.astuple(coffee), dataclasses.replace(coffee, currency="USD"))
    print([f.name for f in dataclasses.fields(Order)])
    print({f.name: f.default for f in dataclasses.fields(Customer) if f.default is not dataclasses.MISSING})
    print(dataclasses.is_dataclass(o1), dataclasses.is_dataclass(Order), dataclasses.is_dataclass(3))
    print(Order.__annotations__["lines"], get_type_hints(Money))
    print(o2 == dataclasses.replace(o2), hash(coffee) == hash(Money(450)))
    print(repr(o2)[:120])
    Point = dataclasses.make_dataclass("Point", [("x", int), ("y", int, field(default=0))], frozen=True)
    print(Point(3), Point(1, 2) == Point(1, 2), Point.__name__)


main()
