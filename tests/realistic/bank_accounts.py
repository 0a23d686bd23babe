"""Bank account simulation with custom exceptions."""
from decimal import Decimal, ROUND_HALF_UP
import itertools


class BankError(Exception):
    """Base class for bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(f"{account.owner}: cannot withdraw {amount}, balance {account.balance}")


class AccountFrozen(BankError):
    pass


class InvalidAmount(BankError, ValueError):
    pass


def money(x):
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Account:
    _ids = itertools.count(1000)
    kind = "basic"

    def __init__(self, owner, balance=0):
        self.id = next(self._ids)
        self.owner = owner
        self._balance = money(balance)
        self.frozen = False
        self.transactions = []

    @property
    def balance(self):
        return self._balance

    def _check(self, amount):
        amount = money(amount)
        if amount <= 0:
            raise InvalidAmount(f"amount must be positive, got {amount}")
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")
        return amount

    def deposit(self, amount):
        amount = self._check(amount)
        self._balance += amount
        self.transactions.append(("deposit", amount))
        return self._balance

    def withdraw(self, amount):
        amount = self._check(amount)
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.transactions.append(("withdraw", amount))
        return self._balance

    def available(self):
        return self._balance

    def month_end(self):
        pass

    def __str__(self):
        return f"{self.kind:<8} #{self.id} {self.owner:<6} {self.balance:>10}"

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance!r})"


class Savings(Account):
    kind = "savings"

    def __init__(self, owner, balance=0, rate="0.02"):
        super().__init__(owner, balance)
        self.rate = Decimal(rate)
        self.withdrawals_this_month = 0

    def withdraw(self, amount):
        if self.withdrawals_this_month >= 2:
            raise BankError("savings: withdrawal limit reached")
        result = super().withdraw(amount)
        self.withdrawals_this_month += 1
        return result

    def month_end(self):
        interest = money(self._balance * self.rate / 12)
        if interest > 0:
            self._balance += interest
            self.transactions.append(("interest", interest))
        self.withdrawals_this_month = 0


class Checking(Account):
    kind = "checking"

    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = money(overdraft)

    def available(self):
        return self._balance + self.overdraft

    def month_end(self):
        if self._balance < 0:
            fee = money(15)
            self._balance -= fee
            self.transactions.append(("fee", fee))


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        snapshot = (a._balance, b._balance, len(a.transactions), len(b.transactions))
        try:
            a.withdraw(amount)
            b.deposit(amount)
        except BankError as exc:
            a._balance, b._balance = snapshot[0], snapshot[1]
            del a.transactions[snapshot[2]:]
            del b.transactions[snapshot[3]:]
            raise BankError(f"transfer {src}->{dst} failed") from exc

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()

    def total(self):
        return sum((a.balance for a in self.accounts.values()), Decimal(0))


bank = Bank("First Minimal")
alice = bank.open(Savings, "alice", 1000, rate="0.05")
bob = bank.open(Checking, "bob", 50)
carol = bank.open(Account, "carol", "19.999")
print(repr(alice), repr(bob), repr(carol), sep="\n")

ops = [
    ("deposit", alice, 250.5), ("withdraw", bob, 120), ("withdraw", bob, 40),
    ("withdraw", carol, 0), ("deposit", carol, -5), ("withdraw", alice, 10),
    ("withdraw", alice, 10), ("withdraw", alice, 10),
]
for op, acct, amt in ops:
    try:
        bal = getattr(acct, op)(amt)
        print(f"{op:>8} {amt:>7} -> {acct.owner}: {bal}")
    except InsufficientFunds as e:
        print(f"DECLINED: {e} (short by {e.amount - e.account.available()})")
    except InvalidAmount as e:
        print(f"INVALID: {e}; is ValueError: {isinstance(e, ValueError)}")
    except BankError as e:
        print(f"ERROR[{type(e).__name__}]: {e}")

carol.frozen = True
for src, dst, amt in [(1000, 1001, 500), (1001, 1002, 10), (1002, 1000, 5), (1001, 1000, 1000)]:
    try:
        bank.transfer(src, dst, amt)
        print(f"transfer {src}->{dst} {amt}: ok")
    except BankError as e:
        cause = e.__cause__
        print(f"{e}: caused by {type(cause).__name__}: {cause}")

bank.month_end()
print()
for acct in sorted(bank.accounts.values(), key=lambda a: a.balance):
    print(acct)
    for kind, amt in acct.transactions:
        print(f"    {kind:<9}{amt:>9}")
print("total:", bank.total())
print("MRO:", [c.__name__ for c in InvalidAmount.__mro__])
