"""Warehouse inventory with enums, dataclasses and validation."""
from __future__ import annotations

from dataclasses import dataclass, field, asdict, replace
from enum import Enum, IntEnum, Flag, auto
from typing import Optional
import json


class Category(Enum):
    TOOLS = "tools"
    GARDEN = "garden"
    KITCHEN = "kitchen"


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Tag(Flag):
    NONE = 0
    FRAGILE = auto()
    HEAVY = auto()
    PERISHABLE = auto()


@dataclass(order=True, frozen=True)
class SKU:
    prefix: str
    number: int

    def __str__(self):
        return f"{self.prefix}-{self.number:05d}"


@dataclass
class Item:
    sku: SKU
    name: str
    category: Category
    price_cents: int
    quantity: int = 0
    tags: Tag = Tag.NONE
    reorder_at: int = 5
    notes: Optional[str] = None
    locations: list[str] = field(default_factory=list)

    def __post_init__(self):
        if self.price_cents < 0:
            raise ValueError(f"{self.name}: negative price")
        if not isinstance(self.category, Category):
            self.category = Category(self.category)

    @property
    def value(self):
        return self.price_cents * self.quantity

    def needs_reorder(self):
        return self.quantity <= self.reorder_at


class Inventory:
    def __init__(self):
        self._items: dict[SKU, Item] = {}

    def add(self, item: Item) -> None:
        if item.sku in self._items:
            raise KeyError(f"duplicate SKU {item.sku}")
        self._items[item.sku] = item

    def adjust(self, sku: SKU, delta: int) -> int:
        item = self._items[sku]
        if item.quantity + delta < 0:
            raise ValueError(f"cannot remove {-delta} of {item.name}: only {item.quantity}")
        item.quantity += delta
        return item.quantity

    def by_category(self):
        out = {}
        for item in sorted(self._items.values(), key=lambda i: i.sku):
            out.setdefault(item.category, []).append(item)
        return out

    def report(self):
        for cat, items in self.by_category().items():
            total = sum(i.value for i in items)
            print(f"== {cat.name.title()} ({cat.value}) total ${total / 100:,.2f}")
            for i in items:
                flag = " REORDER" if i.needs_reorder() else ""
                tags = "|".join(t.name for t in Tag if t and t in i.tags) or "-"
                print(f"  {str(i.sku):<10} {i.name:<16} {i.quantity:>4} @ ${i.price_cents / 100:>7.2f}  {tags}{flag}")


inv = Inventory()
raw = [
    ("TL", 1, "Hammer", "tools", 1299, 12, Tag.HEAVY),
    ("TL", 2, "Screwdriver set", "tools", 2450, 3, Tag.NONE),
    ("GD", 10, "Seed packet", "garden", 199, 150, Tag.PERISHABLE),
    ("KT", 7, "Wine glasses", "kitchen", 3999, 4, Tag.FRAGILE),
    ("KT", 3, "Cast iron pan", "kitchen", 4500, 8, Tag.HEAVY | Tag.FRAGILE),
]
for prefix, num, name, cat, price, qty, tags in raw:
    inv.add(Item(SKU(prefix, num), name, cat, price, qty, tags))

inv.report()
try:
    inv.add(Item(SKU("TL", 1), "Dup", Category.TOOLS, 1))
except KeyError as e:
    print("KeyError:", e)
try:
    Item(SKU("X", 0), "Broken", Category.TOOLS, -5)
except ValueError as e:
    print("ValueError:", e)
try:
    inv.adjust(SKU("KT", 7), -10)
except ValueError as e:
    print(e)
print("after sale:", inv.adjust(SKU("GD", 10), -145))
print(SKU("A", 2) < SKU("A", 10), SKU("B", 1) > SKU("A", 99))
try:
    s = SKU("A", 1)
    s.number = 3
except Exception as e:
    print(type(e).__name__, e)

pan = inv._items[SKU("KT", 3)]
print(pan)
d = asdict(pan)
d["category"] = d["category"].value
d["tags"] = d["tags"].value
print(json.dumps(d, sort_keys=True))
cheaper = replace(pan, price_cents=3999, notes="sale")
print(cheaper.price_cents, cheaper.notes, cheaper == pan)
print(Priority.HIGH > Priority.LOW, Priority(2), Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]))
print(Tag.HEAVY | Tag.FRAGILE, Tag(5), bool(Tag.NONE), Tag.FRAGILE in (Tag.HEAVY | Tag.FRAGILE))
print(Category("garden"), Category["KITCHEN"].value, [c.name for c in Category])
print(Item.__annotations__["quantity"], SKU.__dataclass_fields__.keys())
