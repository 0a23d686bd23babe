"""Bank accounts as a small state machine with custom exceptions and auditing."""
from __future__ import annotations
from abc import ABC, abstractmethod
from contextlib import contextmanager
from decimal import Decimal
from enum import Enum, auto, unique
from typing import Iterator, Callable
import copy
import weakref
import itertools


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        self.account, self.amount = account, amount
        super().__init__(f"{account.owner} cannot withdraw {amount} (balance {account.balance})")


class AccountFrozen(RuntimeError):
    pass


@unique
class State(Enum):
    OPEN = auto()
    FROZEN = auto()
    CLOSED = auto()

    def __str__(self):
        return self.name.capitalize()


TRANSITIONS = {
    (State.OPEN, "freeze"): State.FROZEN,
    (State.FROZEN, "thaw"): State.OPEN,
    (State.OPEN, "close"): State.CLOSED,
    (State.FROZEN, "close"): State.CLOSED,
}


class Observer(ABC):
    @abstractmethod
    def notify(self, account: "Account", event: str) -> None: ...


class AuditLog(Observer):
    def __init__(self):
        self.lines = []

    def notify(self, account, event):
        self.lines.append(f"{next(self.counter):03d} {account.owner:<6} {event}")

    counter = itertools.count(1)


class Account:
    _ids = itertools.count(1000)
    registry = weakref.WeakValueDictionary()

    def __init__(self, owner: str, balance: str = "0"):
        self.id = next(self._ids)
        self.owner = owner
        self._balance = Decimal(balance)
        self.state = State.OPEN
        self.history: list[tuple[str, Decimal]] = []
        self._observers: list[Observer] = []
        Account.registry[self.id] = self

    @property
    def balance(self) -> Decimal:
        return self._balance

    @balance.setter
    def balance(self, value):
        raise AttributeError("use deposit() or withdraw()")

    def subscribe(self, obs: Observer):
        self._observers.append(obs)
        return self

    def _emit(self, event):
        for o in self._observers:
            o.notify(self, event)

    def _require_open(self):
        if self.state is not State.OPEN:
            raise AccountFrozen(f"account {self.id} is {self.state}")

    def deposit(self, amount):
        self._require_open()
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError(f"deposit must be positive: {amount}")
        self._balance += amount
        self.history.append(("dep", amount))
        self._emit(f"deposit {amount:>8}")

    def withdraw(self, amount):
        self._require_open()
        amount = Decimal(amount)
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))
        self._emit(f"withdraw {amount:>7}")

    def apply(self, action):
        try:
            self.state = TRANSITIONS[self.state, action]
        except KeyError:
            raise ValueError(f"cannot {action} a {self.state} account") from None
        self._emit(f"{action} -> {self.state}")

    def __repr__(self):
        return f"<Account {self.id} {self.owner} {self._balance} {self.state}>"

    def __deepcopy__(self, memo):
        clone = Account(self.owner + "'", str(self._balance))
        clone.history = copy.deepcopy(self.history, memo)
        return clone


@contextmanager
def transaction(*accounts: Account) -> Iterator[None]:
    snapshot = [(a, a._balance, list(a.history)) for a in accounts]
    try:
        yield
    except Exception as exc:
        for a, bal, hist in snapshot:
            a._balance, a.history = bal, hist
        print(f"  rolled back: {type(exc).__name__}: {exc}")


def transfer(src: Account, dst: Account, amount: str):
    with transaction(src, dst):
        dst.deposit(amount)
        src.withdraw(amount)
        print(f"  moved {amount} from {src.owner} to {dst.owner}")


log = AuditLog()
alice = Account("alice", "250.00").subscribe(log)
bob = Account("bob", "40").subscribe(log)
carol = Account("carol").subscribe(log)
transfer(alice, bob, "75.50")
transfer(bob, carol, "500")
carol.deposit("12.25")
bob.apply("freeze")
transfer(alice, bob, "1")
for action in ("thaw", "thaw", "close", "freeze"):
    try:
        bob.apply(action)
    except ValueError as e:
        print(" ", e)
try:
    alice.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    carol.deposit("-3")
except ValueError as e:
    print("ValueError:", e)
try:
    carol.withdraw("100")
except InsufficientFunds as e:
    print(e, "|", e.account.owner, e.amount)

print("\n".join(log.lines))
print(alice, bob, carol, sep="\n")
twin = copy.deepcopy(alice)
print(twin, twin.history == alice.history, twin.history is alice.history)
shallow = copy.copy(alice)
print(shallow.history is alice.history, shallow.id == alice.id)
print(sorted(Account.registry), len(Account.registry))
del twin
print(sorted(Account.registry))
totals = {a.owner: sum((amt if kind == "dep" else -amt for kind, amt in a.history), Decimal(0)) for a in (alice, bob, carol)}
print(totals)
print(list(State), State["FROZEN"], State(1), repr(State.CLOSED), State.OPEN in State)
