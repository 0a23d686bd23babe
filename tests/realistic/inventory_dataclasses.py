"""Inventory records with dataclasses, typing and json round-trips."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace, astuple
from datetime import date
from enum import Enum
from typing import Optional


class Category(Enum):
    TOOL = "tool"
    PART = "part"
    CONSUMABLE = "consumable"


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    category: Category = field(compare=False)
    price_cents: int = field(default=0, compare=False)
    quantity: int = field(default=0, compare=False)
    tags: list[str] = field(default_factory=list, compare=False, repr=False)
    restocked: Optional[date] = field(default=None, compare=False)

    @property
    def value(self) -> int:
        return self.price_cents * self.quantity

    def to_json(self) -> dict:
        d = asdict(self)
        d["category"] = self.category.value
        d["restocked"] = self.restocked.isoformat() if self.restocked else None
        return d

    @classmethod
    def from_json(cls, d: dict) -> "Item":
        d = dict(d)
        d["category"] = Category(d["category"])
        if d.get("restocked"):
            d["restocked"] = date.fromisoformat(d["restocked"])
        return cls(**d)


@dataclass
class Inventory:
    items: dict[str, Item] = field(default_factory=dict)

    def add(self, item: Item) -> None:
        if item.sku in self.items:
            raise ValueError(f"duplicate sku {item.sku!r}")
        self.items[item.sku] = item

    def take(self, sku: str, n: int) -> Item:
        item = self.items[sku]
        if n > item.quantity:
            raise ValueError(f"only {item.quantity} of {sku} left, wanted {n}")
        self.items[sku] = replace(item, quantity=item.quantity - n)
        return self.items[sku]

    def by_category(self) -> dict[Category, list[Item]]:
        out: dict[Category, list[Item]] = {}
        for item in sorted(self.items.values()):
            out.setdefault(item.category, []).append(item)
        return out

    def report(self) -> None:
        for cat, items in self.by_category().items():
            total = sum(i.value for i in items)
            print(f"{cat.name:<11} {len(items)} item(s), value ${total / 100:,.2f}")
            for i in items:
                when = i.restocked.strftime("%d %b %Y") if i.restocked else "never"
                print(f"   {i.sku:<6} {i.name:<18} {i.quantity:>4} x "
                      f"${i.price_cents / 100:>7.2f}  restocked {when}")


inv = Inventory()
inv.add(Item("T-100", "Hammer", Category.TOOL, 1599, 12, ["steel"], date(2024, 1, 15)))
inv.add(Item("P-220", "Hex bolt M6", Category.PART, 12, 2500, ["m6", "zinc"]))
inv.add(Item("C-010", "Duct tape", Category.CONSUMABLE, 499, 40, restocked=date(2023, 11, 2)))
inv.add(Item("T-050", "Screwdriver set", Category.TOOL, 2450, 5))
inv.add(Item("P-221", "Washer M6", Category.PART, 3, 10000))
inv.report()
print(inv.take("T-100", 2))
for bad in (lambda: inv.take("T-050", 9), lambda: inv.add(Item("P-221", "dup", Category.PART))):
    try:
        bad()
    except ValueError as exc:
        print("ValueError:", exc)
try:
    inv.take("X-1", 1)
except KeyError as exc:
    print("KeyError:", exc)

payload = json.dumps({sku: it.to_json() for sku, it in inv.items.items()}, indent=2,
                     sort_keys=True)
print(payload[:300])
restored = {sku: Item.from_json(d) for sku, d in json.loads(payload).items()}
print(restored == inv.items, restored["T-100"])
print([f.name for f in fields(Item)])
print(astuple(inv.items["C-010"]))
print(sorted(inv.items.values())[0].sku, max(inv.items.values()).sku)
print(Item.__annotations__["tags"], Item.__eq__ is not object.__eq__)
