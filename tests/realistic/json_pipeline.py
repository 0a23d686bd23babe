"""Validate, transform and summarise JSON order records."""
import json
from json import JSONDecodeError, JSONEncoder
from dataclasses import dataclass, asdict, field
from datetime import date
from decimal import Decimal
from enum import Enum
from collections import defaultdict
from typing import Any
import io
import pathlib
import tempfile

RAW = """[
  {"id": 1, "customer": "Ada", "date": "2024-03-01", "items": [{"sku": "pen", "qty": 3, "price": "1.20"}], "status": "paid"},
  {"id": 2, "customer": "Grace", "date": "2024-03-02", "items": [{"sku": "ink", "qty": 1, "price": "7.5"}, {"sku": "pen", "qty": 10, "price": "1.10"}], "status": "shipped"},
  {"id": 3, "customer": "Linus", "date": "2024-03-02", "items": [], "status": "cancelled"},
  {"id": 4, "customer": "Ada", "date": "2024-03-05", "items": [{"sku": "pad", "qty": 2, "price": "3.99"}], "status": "paid", "note": "gift wrap \\u2764"}
]"""


class Status(Enum):
    PAID = "paid"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


@dataclass
class Line:
    sku: str
    qty: int
    price: Decimal

    @property
    def total(self):
        return self.qty * self.price


@dataclass
class Order:
    id: int
    customer: str
    date: date
    status: Status
    items: list[Line] = field(default_factory=list)
    note: str | None = None

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Order":
        return cls(id=d["id"], customer=d["customer"], date=date.fromisoformat(d["date"]),
                   status=Status(d["status"]), items=[Line(i["sku"], i["qty"], Decimal(i["price"])) for i in d["items"]],
                   note=d.get("note"))

    @property
    def total(self):
        return sum((l.total for l in self.items), Decimal("0"))


class OrderEncoder(JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return str(o.quantize(Decimal("0.01")))
        if isinstance(o, date):
            return o.isoformat()
        if isinstance(o, Enum):
            return o.value
        return super().default(o)


orders = [Order.from_json(d) for d in json.loads(RAW)]
for o in orders:
    print(f"#{o.id} {o.customer:<6} {o.date:%d.%m.} {o.status.name:<9} {o.total:>7} {o.note or ''}")

per_customer = defaultdict(Decimal)
for o in orders:
    if o.status is not Status.CANCELLED:
        per_customer[o.customer] += o.total
print(json.dumps(per_customer, cls=OrderEncoder, sort_keys=True))
print(json.dumps(asdict(orders[1]), cls=OrderEncoder, indent=2))
print(json.dumps(asdict(orders[3]), cls=OrderEncoder, separators=(",", ":"), ensure_ascii=False))
print(json.dumps(asdict(orders[3]), cls=OrderEncoder)[-40:])

for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', 'nul', '"unterminated', '{"a": NaN}', '']:
    try:
        print(repr(bad), "->", json.loads(bad))
    except JSONDecodeError as e:
        print(repr(bad), "->", f"{e.msg} (line {e.lineno} col {e.colno} pos {e.pos})")
try:
    json.dumps({"when": date(2024, 1, 1)})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps([float("inf")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)

hooked = json.loads('{"price": 1.10, "qty": 2, "tags": ["a"], "nested": {"x": 1.5}}',
                    parse_float=Decimal, object_pairs_hook=lambda pairs: {k.upper(): v for k, v in pairs})
print(hooked)
print(json.loads('[1, 2.0, "3", true, null, {"k": [ ]}]', parse_int=lambda s: int(s) * 100))
print(json.dumps({3: "int key", 1.5: "float", True: "bool", None: "none"}), json.dumps("é\n\t\"", ensure_ascii=True))
print(json.dumps({"b": [1, {"c": None}], "a": ()}, indent="\t", sort_keys=True))
enc = json.JSONEncoder(indent=1, sort_keys=True)
print(list(enc.iterencode({"z": [1], "y": {}}))[:6])
dec = json.JSONDecoder()
obj, end = dec.raw_decode('{"first": 1} trailing text')
print(obj, end)

with tempfile.TemporaryDirectory() as tmp:
    path = pathlib.Path(tmp) / "orders.json"
    with path.open("w", encoding="utf-8") as fh:
        json.dump([asdict(o) for o in orders], fh, cls=OrderEncoder, indent=1)
    size = path.stat().st_size
    with path.open(encoding="utf-8") as fh:
        back = json.load(fh)
    print(size, len(back), back[0]["items"], path.suffix, path.stem, path.name)
    lines = io.StringIO()
    for o in back:
        lines.write(json.dumps(o, sort_keys=True) + "\n")
    print(len(lines.getvalue().splitlines()), lines.getvalue().splitlines()[2])
