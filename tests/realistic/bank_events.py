"""Event-sourced bank accounts: commands, events, projections, snapshots,
with __slots__, properties, class methods, decimal money and custom errors."""
from __future__ import annotations

import itertools
from collections import OrderedDict, namedtuple
from decimal import Decimal, ROUND_HALF_EVEN, InvalidOperation
from functools import total_ordering, reduce

Event = namedtuple("Event", "seq kind account amount memo", defaults=("",))
_seq = itertools.count(1)


class BankError(Exception):
    def __init__(self, account, message):
        super().__init__(f"[{account}] {message}")
        self.account = account


class InsufficientFunds(BankError):
    pass


@total_ordering
class Money:
    __slots__ = ("cents",)
    QUANT = Decimal("0.01")

    def __init__(self, value):
        try:
            d = Decimal(str(value)).quantize(self.QUANT, rounding=ROUND_HALF_EVEN)
        except InvalidOperation:
            raise ValueError(f"not an amount: {value!r}") from None
        self.cents = int(d * 100)

    @classmethod
    def from_cents(cls, cents):
        m = cls.__new__(cls)
        m.cents = cents
        return m

    def __add__(self, other):
        return Money.from_cents(self.cents + other.cents)

    def __sub__(self, other):
        return Money.from_cents(self.cents - other.cents)

    def __neg__(self):
        return Money.from_cents(-self.cents)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __repr__(self):
        return f"Money('{self}')"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100:,}.{abs(self.cents) % 100:02d}"


class Ledger:
    def __init__(self):
        self.events: list[Event] = []

    def record(self, kind, account, amount, memo=""):
        ev = Event(next(_seq), kind, account, amount, memo)
        self.events.append(ev)
        return ev

    def balances(self, upto=None):
        def apply(acc, ev):
            if upto is not None and ev.seq > upto:
                return acc
            if ev.kind == "open":
                acc[ev.account] = Money(0)
            elif ev.kind == "deposit":
                acc[ev.account] += ev.amount
            elif ev.kind == "withdraw":
                acc[ev.account] -= ev.amount
            return acc
        return reduce(apply, self.events, OrderedDict())


class Bank:
    def __init__(self):
        self.ledger = Ledger()

    def _balance(self, account):
        try:
            return self.ledger.balances()[account]
        except KeyError:
            raise BankError(account, "no such account") from None

    def open(self, account):
        if account in self.ledger.balances():
            raise BankError(account, "already open")
        self.ledger.record("open", account, Money(0))

    def deposit(self, account, amount, memo=""):
        self._balance(account)
        amount = Money(amount)
        if amount <= Money(0):
            raise BankError(account, f"deposit must be positive, got {amount}")
        self.ledger.record("deposit", account, amount, memo)

    def withdraw(self, account, amount, memo=""):
        bal = self._balance(account)
        amount = Money(amount)
        if amount > bal:
            raise InsufficientFunds(account, f"balance {bal} < {amount}")
        self.ledger.record("withdraw", account, amount, memo)

    def transfer(self, src, dst, amount):
        self._balance(dst)
        self.withdraw(src, amount, f"to {dst}")
        self.deposit(dst, amount, f"from {src}")


bank = Bank()
script = [
    ("open", "alice"), ("open", "bob"), ("deposit", "alice", "1500.005"),
    ("deposit", "bob", 20), ("transfer", "alice", "bob", "250.5"),
    ("withdraw", "bob", "1000"), ("open", "alice"), ("deposit", "carol", 5),
    ("deposit", "bob", "-3"), ("deposit", "bob", "abc"), ("withdraw", "alice", "0.015"),
    ("transfer", "bob", "dave", 1),
]
for cmd, *args in script:
    try:
        getattr(bank, cmd)(*args)
        print(f"ok   {cmd:<8} {args}")
    except InsufficientFunds as e:
        print(f"FUND {cmd:<8} {e} (account={e.account})")
    except BankError as e:
        print(f"FAIL {cmd:<8} {e}")
    except ValueError as e:
        print(f"BAD  {cmd:<8} {e}")

for ev in bank.ledger.events:
    print(f"{ev.seq:>3} {ev.kind:<8} {ev.account:<6} {ev.amount!s:>10} {ev.memo}")
for name, bal in bank.ledger.balances().items():
    print(f"{name}: {bal!r}")
print("after event 4:", dict(bank.ledger.balances(upto=4)))
print(sorted([Money(3), Money("1.10"), Money(-2)]), Money(1) == Money("1.00"),
      len({Money(1), Money("1.0")}), Money("1234567.891"))
try:
    Money(1).cents2 = 5
except AttributeError as e:
    print("AttributeError:", e)
