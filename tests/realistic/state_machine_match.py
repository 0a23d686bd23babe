"""A vending machine / order-state machine using structural pattern matching."""
from dataclasses import dataclass
from enum import Enum, auto
from typing import Union


class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    VENDING = auto()
    MAINTENANCE = auto()


@dataclass
class Coin:
    cents: int


@dataclass
class Select:
    item: str


@dataclass
class Refund:
    pass


@dataclass
class Service:
    action: str
    arg: object = None


Event = Union[Coin, Select, Refund, Service, str, tuple, dict]

PRICES = {"cola": 125, "chips": 75, "candy": 60}


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.credit = 0
        self.stock = {"cola": 2, "chips": 1, "candy": 0}
        self.bank = 0
        self.log = []

    def emit(self, msg):
        self.log.append(msg)
        print(f"  [{self.state.name:<11}] {msg}")

    def handle(self, event: Event):
        match (self.state, event):
            case (State.MAINTENANCE, Service(action="close")):
                self.state = State.IDLE
                self.emit("maintenance done")
            case (State.MAINTENANCE, Service(action="restock", arg=(str() as item, int(n)))) if n > 0:
                self.stock[item] = self.stock.get(item, 0) + n
                self.emit(f"restocked {item} +{n} -> {self.stock[item]}")
            case (State.MAINTENANCE, Service(action="collect")):
                self.emit(f"collected {self.bank} cents")
                self.bank = 0
            case (State.MAINTENANCE, str() as text) if text.startswith("service"):
                self.handle(parse_command(text))
            case (State.MAINTENANCE, _):
                self.emit(f"ignored {event!r} during maintenance")
            case (_, Service(action="open")):
                if self.credit:
                    self.emit(f"refunding {self.credit} before maintenance")
                    self.credit = 0
                self.state = State.MAINTENANCE
                self.emit("entering maintenance")
            case (State.IDLE | State.HAS_MONEY, Coin(cents=c)) if c in (5, 10, 25, 100):
                self.credit += c
                self.state = State.HAS_MONEY
                self.emit(f"credit {self.credit}")
            case (_, Coin(cents=c)):
                self.emit(f"rejected coin {c}")
            case (State.IDLE, Select(item)):
                price = PRICES.get(item)
                self.emit(f"{item} costs {price}" if price else f"unknown item {item}")
            case (State.HAS_MONEY, Select(item)) if item not in PRICES:
                self.emit(f"unknown item {item}")
            case (State.HAS_MONEY, Select(item)) if self.stock.get(item, 0) == 0:
                self.emit(f"{item} sold out")
            case (State.HAS_MONEY, Select(item)):
                price = PRICES[item]
                if self.credit < price:
                    self.emit(f"insert {price - self.credit} more for {item}")
                    return
                self.state = State.VENDING
                self.stock[item] -= 1
                self.bank += price
                change, self.credit = self.credit - price, 0
                self.emit(f"vend {item}, change {change}")
                self.state = State.IDLE
            case (State.HAS_MONEY, Refund()):
                self.emit(f"refund {self.credit}")
                self.credit = 0
                self.state = State.IDLE
            case (_, Refund()):
                self.emit("nothing to refund")
            case (_, str() as text):
                self.handle(parse_command(text))
            case (_, [("coin" | "c"), *coins]):
                for c in coins:
                    self.handle(Coin(c))
            case (_, {"select": str(item), **rest}):
                if rest:
                    self.emit(f"extra keys ignored: {sorted(rest)}")
                self.handle(Select(item))
            case _:
                self.emit(f"unhandled event {event!r}")


def parse_command(text: str) -> Event:
    match text.split():
        case ["insert", amount] if amount.isdigit():
            return Coin(int(amount))
        case ["buy" | "select", item]:
            return Select(item)
        case ["refund"]:
            return Refund()
        case ["service", action, *args]:
            if len(args) == 2:
                return Service(action, (args[0], int(args[1])))
            return Service(action)
        case []:
            return ("empty",)
        case [word, *_]:
            return ("unknown", word)


def describe(value):
    match value:
        case None:
            return "nothing"
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float() as num:
            return f"number {num}"
        case "":
            return "empty string"
        case str(s):
            return f"string of {len(s)}"
        case (x, y):
            return f"pair {x},{y}"
        case [x, *rest] if rest:
            return f"seq head {x} + {len(rest)}"
        case {"type": "point", "x": x, "y": y}:
            return f"point({x}, {y})"
        case Coin(cents=25):
            return "a quarter"
        case State.IDLE:
            return "idle state"
        case _:
            return f"other {type(value).__name__}"


m = Machine()
events = [
    "buy cola", Coin(25), Coin(3), Select("cola"), ("coin", 100, 25), {"select": "cola"},
    "insert 100", "insert 25", "buy cola", Refund(), "insert 100", "buy candy",
    {"select": "chips", "qty": 2}, "buy chips", "buy water", "refund",
    "service open", Coin(25), "service restock candy 5", "service restock gum 0",
    "service collect", "service close", "dance now", "", 42,
]
for e in events:
    print(f"> {e!r}")
    m.handle(e)
print("stock:", m.stock, "bank:", m.bank, "credit:", m.credit, "events logged:", len(m.log))
for v in (None, True, -3, 7, 2.5, "", "abc", (1, 2), [1, 2, 3], [1], {"type": "point", "x": 1, "y": 2},
          Coin(25), Coin(10), State.IDLE, State.VENDING, {1, 2}):
    print(f"{v!r:>34} -> {describe(v)}")
