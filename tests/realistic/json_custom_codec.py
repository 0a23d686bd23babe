"""JSON round trips with a custom encoder and decoder hooks."""
import json
from dataclasses import dataclass, asdict, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from uuid import UUID


class Status(Enum):
    OPEN = "open"
    SHIPPED = "shipped"


@dataclass
class LineItem:
    sku: str
    qty: int
    price: Decimal


@dataclass
class Order:
    id: UUID
    placed: datetime
    status: Status
    items: list = field(default_factory=list)
    tags: set = field(default_factory=set)
    notes: str = None


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, datetime):
            return {"__type__": "datetime", "value": o.isoformat()}
        if isinstance(o, date):
            return {"__type__": "date", "value": o.isoformat()}
        if isinstance(o, Decimal):
            return {"__type__": "decimal", "value": str(o)}
        if isinstance(o, Fraction):
            return {"__type__": "fraction", "value": [o.numerator, o.denominator]}
        if isinstance(o, UUID):
            return {"__type__": "uuid", "value": str(o)}
        if isinstance(o, Enum):
            return {"__type__": "enum", "value": f"{type(o).__name__}.{o.name}"}
        if isinstance(o, (set, frozenset)):
            return {"__type__": "set", "value": sorted(o)}
        if hasattr(o, "__dataclass_fields__"):
            d = {"__type__": type(o).__name__}
            d.update({k: getattr(o, k) for k in o.__dataclass_fields__})
            return d
        return super().default(o)


ENUMS = {"Status": Status}
CLASSES = {"Order": Order, "LineItem": LineItem}


def decode_hook(d):
    kind = d.pop("__type__", None)
    if kind is None:
        return d
    v = d.get("value")
    if kind == "datetime":
        return datetime.fromisoformat(v)
    if kind == "date":
        return date.fromisoformat(v)
    if kind == "decimal":
        return Decimal(v)
    if kind == "fraction":
        return Fraction(*v)
    if kind == "uuid":
        return UUID(v)
    if kind == "enum":
        cls, name = v.split(".")
        return ENUMS[cls][name]
    if kind == "set":
        return set(v)
    if kind in CLASSES:
        return CLASSES[kind](**d)
    raise ValueError(f"unknown type tag {kind!r}")


def main():
    order = Order(
        id=UUID("12345678-1234-5678-1234-567812345678"),
        placed=datetime(2024, 3, 10, 14, 5, 9),
        status=Status.SHIPPED,
        items=[LineItem("A-1", 2, Decimal("9.99")), LineItem("B-7", 1, Decimal("120.00"))],
        tags={"gift"},
    )
    text = json.dumps(order, cls=Encoder, indent=2)
    print(text)
    back = json.loads(text, object_hook=decode_hook)
    print(back)
    print("round trip equal:", back == order)
    total = sum(i.qty * i.price for i in back.items)
    print("total", total, type(total).__name__)
    print()
    compact = json.dumps({"ratio": Fraction(3, 8), "when": date(2024, 1, 2), "n": [1, 2.5, None, True]},
                         cls=Encoder, separators=(",", ":"), sort_keys=True)
    print(compact)
    print(json.loads(compact, object_hook=decode_hook))
    print()
    try:
        json.dumps({"x": object()}, cls=Encoder)
    except TypeError as e:
        print("TypeError:", e)
    try:
        json.dumps({(1, 2): "tuple key"})
    except TypeError as e:
        print("TypeError:", e)
    print(json.dumps({(1, 2): "skip", "ok": 1}, skipkeys=True))
    print(json.dumps({1: "a", 2.5: "b", None: "c", True: "d"}))
    print(json.dumps("Grüße ☃", ensure_ascii=False), json.dumps("Grüße ☃"))
    print(json.dumps([float("inf"), float("nan")]))
    try:
        json.dumps([float("nan")], allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
    pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list)
    print(pairs)
    print(json.loads("[1.10, 2e3, 12345678901234567890]", parse_float=Decimal, parse_int=str))
    for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "nul", '"unterminated']:
        try:
            json.loads(bad)
        except json.JSONDecodeError as e:
            print(f"{bad!r:>18}: {e.msg} (line {e.lineno} col {e.colno} pos {e.pos})")
    print(json.dumps(asdict(order.items[0]), default=str))
    print(json.dumps({"nested": {"list": [[], {}], "empty": ""}}, indent="\t"))


main()
