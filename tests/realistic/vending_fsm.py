"""A vending machine as a state machine (Enum states, match on events), with an audit log."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum, auto
from typing import NamedTuple


class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    DISPENSING = auto()
    OUT_OF_SERVICE = auto()


class Event(NamedTuple):
    kind: str
    arg: object = None


@dataclass
class Slot:
    name: str
    price: Decimal
    stock: int

    def __format__(self, spec):
        text = f"{self.name} @ {self.price} ({self.stock} left)"
        return format(text, spec)


COINS = {Decimal(c) for c in ("0.05", "0.10", "0.25", "1.00", "2.00")}


@dataclass
class Machine:
    slots: dict[str, Slot]
    state: State = State.IDLE
    credit: Decimal = Decimal("0.00")
    bank: Counter = field(default_factory=Counter)
    log: list[str] = field(default_factory=list)

    def handle(self, ev: Event) -> None:
        before = self.state
        match (self.state, ev):
            case (State.OUT_OF_SERVICE, Event("repair")):
                self.state = State.IDLE
            case (State.OUT_OF_SERVICE, _):
                self.say(f"ignored {ev.kind}: out of service")
            case (_, Event("coin", Decimal() as c)) if c in COINS:
                self.credit += c
                self.bank[c] += 1
                self.state = State.HAS_MONEY
            case (_, Event("coin", c)):
                self.say(f"rejected coin {c!r}")
            case (State.HAS_MONEY, Event("select", code)) if code in self.slots:
                self.select(self.slots[code])
            case (_, Event("select", code)):
                self.say(f"select {code}: " + ("insert money first" if self.state is State.IDLE else "no such slot"))
            case (State.HAS_MONEY, Event("refund")):
                self.say(f"refund {self.credit}: {self.make_change(self.credit)}")
                self.credit = Decimal("0.00")
                self.state = State.IDLE
            case (_, Event("kick")):
                self.state = State.OUT_OF_SERVICE
            case (state, Event(kind)):
                self.say(f"no transition for {kind!r} in {state.name}")
        if before is not self.state:
            self.log.append(f"{before.name} -> {self.state.name}")

    def select(self, slot: Slot) -> None:
        if slot.stock == 0:
            self.say(f"{slot.name} sold out")
            return
        if self.credit < slot.price:
            self.say(f"{slot.name} costs {slot.price}, credit {self.credit}, need {slot.price - self.credit}")
            return
        self.state = State.DISPENSING
        slot.stock -= 1
        change = self.credit - slot.price
        self.say(f"dispense {slot.name}; change {change:.2f} as {self.make_change(change)}")
        self.credit = Decimal("0.00")
        self.state = State.IDLE

    def make_change(self, amount: Decimal) -> list[str]:
        out = []
        for coin in sorted(COINS, reverse=True):
            while amount >= coin and self.bank[coin] > 0:
                amount -= coin
                self.bank[coin] -= 1
                out.append(str(coin))
        if amount:
            out.append(f"IOU {amount}")
        return out

    def say(self, msg: str) -> None:
        print(f"  [{self.state.name:<14}] {msg}")


m = Machine({"A1": Slot("Cola", Decimal("1.25"), 2), "B2": Slot("Chips", Decimal("0.90"), 0),
             "C3": Slot("Candy", Decimal("0.65"), 5)})
for code, slot in m.slots.items():
    print(f"{code}: {slot:<30}|")
script = [
    Event("select", "A1"), Event("coin", Decimal("1.00")), Event("select", "A1"),
    Event("coin", Decimal("0.25")), Event("select", "A1"), Event("coin", Decimal("0.03")),
    Event("coin", Decimal("2.00")), Event("select", "B2"), Event("select", "Z9"),
    Event("select", "C3"), Event("coin", Decimal("0.10")), Event("refund"), Event("refund"),
    Event("kick"), Event("coin", Decimal("1.00")), Event("repair"), Event("dance"),
    Event("coin", Decimal("2.00")), Event("select", "A1"), Event("coin", Decimal("1.00")), Event("select", "A1"),
]
for ev in script:
    print(f"{ev.kind:>7} {'' if ev.arg is None else ev.arg}")
    m.handle(ev)
print("transitions:", len(m.log), Counter(m.log).most_common(2))
print("bank:", {str(k): v for k, v in sorted(m.bank.items()) if v})
print("stock:", {c: s.stock for c, s in m.slots.items()}, m.state, repr(State.IDLE), list(State)[-1].value)
print(Event("coin", 1), Event("x")._asdict(), Event._fields)
