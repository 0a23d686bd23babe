"""A small bank ledger with accounts, transfers and an audit trail."""
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP
from datetime import date, timedelta
import traceback


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance}, needs {amount}")
        self.account = account
        self.amount = amount


class AccountFrozen(Exception):
    pass


@dataclass
class Transaction:
    when: date
    kind: str
    amount: Decimal
    memo: str = ""

    def __str__(self):
        sign = "+" if self.kind == "credit" else "-"
        return f"{self.when.isoformat()} {sign}{self.amount:>10} {self.memo}"


@dataclass
class Account:
    number: int
    owner: str
    balance: Decimal = Decimal("0.00")
    frozen: bool = False
    history: list = field(default_factory=list, repr=False)

    def deposit(self, amount, when, memo="deposit"):
        amount = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._check()
        self.balance += amount
        self.history.append(Transaction(when, "credit", amount, memo))

    def withdraw(self, amount, when, memo="withdrawal"):
        amount = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(Transaction(when, "debit", amount, memo))

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self._next = 1000

    def open(self, owner, initial="0"):
        self._next += 1
        acct = Account(self._next, owner)
        if Decimal(initial) > 0:
            acct.deposit(initial, date(2023, 1, 1), "opening")
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount, when):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount, when, f"to {dst}")
        try:
            b.deposit(amount, when, f"from {src}")
        except Exception:
            a.deposit(amount, when, "reversal")
            raise

    def apply_interest(self, rate, when):
        for acct in self.accounts.values():
            if acct.frozen or acct.balance <= 0:
                continue
            interest = (acct.balance * Decimal(rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            if interest:
                acct.deposit(interest, when, "interest")

    def total(self):
        return sum((a.balance for a in self.accounts.values()), Decimal(0))


bank = Bank("First Minipy")
alice = bank.open("Alice", "1500.00")
bob = bank.open("Bob", "250.50")
carol = bank.open("Carol")
print(alice)
print(repr(bob))

day = date(2023, 1, 2)
ops = [
    ("transfer", alice.number, bob.number, "200.255"),
    ("transfer", bob.number, carol.number, "1000"),
    ("deposit", carol.number, None, "-5"),
    ("freeze", carol.number, None, None),
    ("transfer", alice.number, carol.number, "10"),
    ("withdraw", bob.number, None, "50.10"),
]
for op in ops:
    day += timedelta(days=3)
    kind = op[0]
    try:
        if kind == "transfer":
            bank.transfer(op[1], op[2], op[3], day)
        elif kind == "deposit":
            bank.accounts[op[1]].deposit(op[3], day)
        elif kind == "withdraw":
            bank.accounts[op[1]].withdraw(op[3], day)
        elif kind == "freeze":
            bank.accounts[op[1]].frozen = True
        print(f"{day:%b %d}: {kind:<9} ok")
    except (InsufficientFunds, AccountFrozen) as e:
        print(f"{day:%b %d}: {kind:<9} FAILED ({type(e).__name__}: {e})")
    except ValueError as e:
        print(f"{day:%b %d}: {kind:<9} rejected: {e}")

bank.apply_interest("0.0125", day + timedelta(days=30))

for acct in bank.accounts.values():
    print(f"\n{acct.owner} #{acct.number} balance={acct.balance} frozen={acct.frozen}")
    for t in acct.history:
        print("   ", t)
print("\nTotal deposits:", bank.total())

try:
    bank.transfer(bob.number, 9999, "1", day)
except KeyError:
    tb = traceback.format_exc()
    print(tb.strip().splitlines()[-1])
print(bob.balance)
