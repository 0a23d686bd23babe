"""Money and unit-carrying quantities with operator overloading and exact decimals."""
from __future__ import annotations

from abc import ABC, abstractmethod
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP
from functools import total_ordering, reduce
import operator


class CurrencyMismatch(TypeError):
    pass


@total_ordering
class Money:
    __slots__ = ("amount", "currency")
    DECIMALS = {"USD": 2, "EUR": 2, "JPY": 0, "BHD": 3}

    def __init__(self, amount, currency="USD"):
        places = Decimal(1).scaleb(-self.DECIMALS[currency])
        object.__setattr__(self, "amount", Decimal(str(amount)).quantize(places, rounding=ROUND_HALF_EVEN))
        object.__setattr__(self, "currency", currency)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise CurrencyMismatch(f"cannot combine {self.currency} with {other.currency}")
        return other

    def __add__(self, other):
        if other == 0:
            return self
        other = self._check(other)
        if other is NotImplemented:
            return other
        return Money(self.amount + other.amount, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        other = self._check(other)
        if other is NotImplemented:
            return other
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor):
        if isinstance(factor, Money):
            return NotImplemented
        return Money(self.amount * Decimal(str(factor)), self.currency)

    __rmul__ = __mul__

    def __truediv__(self, divisor):
        if isinstance(divisor, Money):
            self._check(divisor)
            return self.amount / divisor.amount
        return Money(self.amount / Decimal(str(divisor)), self.currency)

    def __neg__(self):
        return Money(-self.amount, self.currency)

    def __abs__(self):
        return Money(abs(self.amount), self.currency)

    def __bool__(self):
        return bool(self.amount)

    def __eq__(self, other):
        if isinstance(other, (int, Decimal)) and other == 0:
            return self.amount == 0
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other):
        other = self._check(other)
        if other is NotImplemented:
            return other
        return self.amount < other.amount

    def __hash__(self):
        return hash((self.amount, self.currency))

    def allocate(self, *ratios):
        """Split without losing a cent: remainders go to the first shares."""
        places = self.DECIMALS[self.currency]
        unit = Decimal(1).scaleb(-places)
        total = sum(ratios)
        shares = [(self.amount * r / total).quantize(unit, rounding="ROUND_DOWN") for r in ratios]
        remainder = self.amount - sum(shares)
        i = 0
        while remainder > 0:
            shares[i] += unit
            remainder -= unit
            i += 1
        return [Money(s, self.currency) for s in shares]

    def __format__(self, spec):
        symbol = {"USD": "$", "EUR": "€", "JPY": "¥", "BHD": "BD "}[self.currency]
        sign = "-" if self.amount < 0 else ""
        places = self.DECIMALS[self.currency]
        body = f"{abs(self.amount):,.{places}f}"
        text = f"{sign}{symbol}{body}"
        return format(text, spec) if spec else text

    def __repr__(self):
        return f"Money('{self.amount}', '{self.currency}')"

    def __str__(self):
        return format(self)


class Rate(ABC):
    @abstractmethod
    def apply(self, money: Money) -> Money: ...

    def __or__(self, other):
        return Chain(self, other)


class Chain(Rate):
    def __init__(self, *rates):
        self.rates = rates

    def apply(self, money):
        return reduce(lambda m, r: r.apply(m), self.rates, money)

    def __repr__(self):
        return " | ".join(map(repr, self.rates))


class Percent(Rate):
    def __init__(self, pct):
        self.pct = Decimal(str(pct))

    def apply(self, money):
        return money * (1 + self.pct / 100)

    def __repr__(self):
        return f"{self.pct:+}%"


class Flat(Rate):
    def __init__(self, money):
        self.money = money

    def apply(self, money):
        return money + self.money

    def __repr__(self):
        return f"{self.money:+}" if False else f"+{self.money}"


price = Money("19.99")
cart = [price * 3, Money(5), Money("0.015"), Money("0.025"), Money("-2.50")]
print(cart)
subtotal = sum(cart)
print("subtotal", subtotal, repr(subtotal), f"[{subtotal:>12}] [{subtotal:<12}]")
pipeline = Percent(-10) | Flat(Money("4.99")) | Percent("8.25")
print(pipeline, "->", pipeline.apply(subtotal))
print(sorted(cart), max(cart), min(cart, key=abs), sum(cart, Money(0)) == subtotal)
print(Money(100).allocate(1, 1, 1), Money("0.05").allocate(3, 7), Money(1000, "JPY").allocate(1, 2, 3))
print(Money("10.005"), Money("10.015"), Money("10.025", "BHD"), Money(1234567.891, "EUR"), Money(-42, "JPY"))
print(Money(30) / Money(7), Money(30) / 7, -Money(3), abs(Money(-3)), bool(Money(0)), Money(0) == 0, 0 == Money(0))
print({Money(1), Money("1.00"), Money(1, "EUR")} == {Money(1), Money(1, "EUR")}, Money(5) >= Money(5), Money(4) > Money(5))
for bad in [lambda: Money(1) + Money(1, "EUR"), lambda: Money(1) * Money(2), lambda: Money(1) < 5, lambda: setattr(Money(1), "amount", 5)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    Rate()
except TypeError as e:
    print("TypeError", e)
ledger = {"rent": Money(1200), "food": Money("432.18"), "fun": Money("99.99"), "refund": Money("-45.00")}
width = max(map(len, ledger))
for k, v in sorted(ledger.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{k:<{width}} {v:>12} {float(v.amount / sum(ledger.values()).amount):>7.2%}")
print(f"{'total':<{width}} {sum(ledger.values()):>12}")
print(Decimal("2.5").quantize(Decimal(1), rounding=ROUND_HALF_UP), Decimal("2.5").quantize(Decimal(1)), reduce(operator.add, ledger.values()))
