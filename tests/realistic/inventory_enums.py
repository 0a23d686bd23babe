from enum import Enum, IntEnum, Flag, auto, unique
from collections import defaultdict
from dataclasses import dataclass
import functools


@unique
class Category(Enum):
    ELECTRONICS = "electronics"
    GROCERY = "grocery"
    CLOTHING = "clothing"
    TOYS = "toys"

    @property
    def tax_rate(self):
        return {"electronics": 0.2, "grocery": 0.05}.get(self.value, 0.1)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Attr(Flag):
    NONE = 0
    FRAGILE = auto()
    PERISHABLE = auto()
    HAZARDOUS = auto()
    OVERSIZED = auto()


class Status(Enum):
    IN_STOCK = auto()
    LOW_STOCK = auto()
    OUT_OF_STOCK = auto()
    DISCONTINUED = auto()

    def __str__(self):
        return self.name.replace("_", " ").title()


@dataclass
class Item:
    sku: str
    name: str
    category: Category
    price: float
    qty: int
    attrs: Attr = Attr.NONE
    reorder_level: int = 5
    discontinued: bool = False

    @property
    def status(self) -> Status:
        if self.discontinued:
            return Status.DISCONTINUED
        if self.qty == 0:
            return Status.OUT_OF_STOCK
        if self.qty <= self.reorder_level:
            return Status.LOW_STOCK
        return Status.IN_STOCK

    def price_with_tax(self):
        return round(self.price * (1 + self.category.tax_rate), 2)


class InsufficientStock(Exception):
    def __init__(self, item, wanted):
        super().__init__(f"only {item.qty} of {item.sku} left, wanted {wanted}")
        self.item = item
        self.wanted = wanted


class Inventory:
    def __init__(self):
        self._items = {}
        self.history = []

    def add(self, item):
        if item.sku in self._items:
            raise KeyError(f"duplicate sku {item.sku}")
        self._items[item.sku] = item
        self.history.append(("add", item.sku, item.qty))

    def __getitem__(self, sku):
        return self._items[sku]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.sku))

    def remove_stock(self, sku, n):
        item = self._items[sku]
        if n > item.qty:
            raise InsufficientStock(item, n)
        item.qty -= n
        self.history.append(("remove", sku, n))

    def restock(self, sku, n):
        self._items[sku].qty += n
        self.history.append(("restock", sku, n))

    def by_category(self):
        groups = defaultdict(list)
        for item in self:
            groups[item.category].append(item)
        return groups

    def value(self):
        return functools.reduce(lambda acc, i: acc + i.price * i.qty, self, 0.0)

    def needs_reorder(self):
        return [i for i in self if i.status in (Status.LOW_STOCK, Status.OUT_OF_STOCK)]


def priority_for(item):
    if item.status is Status.OUT_OF_STOCK:
        return Priority.HIGH
    if item.status is Status.LOW_STOCK:
        return Priority.MEDIUM if Attr.PERISHABLE not in item.attrs else Priority.HIGH
    return Priority.LOW


inv = Inventory()
inv.add(Item("E100", "Headphones", Category.ELECTRONICS, 59.99, 12, Attr.FRAGILE))
inv.add(Item("E200", "Television", Category.ELECTRONICS, 499.0, 2, Attr.FRAGILE | Attr.OVERSIZED))
inv.add(Item("G001", "Milk", Category.GROCERY, 1.25, 30, Attr.PERISHABLE, reorder_level=10))
inv.add(Item("G002", "Bleach", Category.GROCERY, 3.5, 4, Attr.HAZARDOUS))
inv.add(Item("C010", "T-shirt", Category.CLOTHING, 12.0, 0))
inv.add(Item("T300", "Kite", Category.TOYS, 25.5, 7, discontinued=True))

try:
    inv.add(Item("G001", "Dup", Category.GROCERY, 1, 1))
except KeyError as e:
    print("error:", e)

for sku, n in [("G001", 25), ("E100", 3), ("E200", 5), ("G002", 4)]:
    try:
        inv.remove_stock(sku, n)
        print(f"removed {n} x {sku}")
    except InsufficientStock as e:
        print(f"failed: {e} (item={e.item.name})")

inv.restock("C010", 3)

print(f"\n{'SKU':<6}{'Name':<12}{'Category':<12}{'Price':>8}{'Taxed':>9}{'Qty':>5}  Status")
for item in inv:
    print(f"{item.sku:<6}{item.name:<12}{item.category.value:<12}{item.price:>8.2f}"
          f"{item.price_with_tax():>9.2f}{item.qty:>5}  {item.status}")

print("\nBy category:")
for cat, items in sorted(inv.by_category().items(), key=lambda kv: kv[0].value):
    print(f"  {cat.name}: {[i.name for i in items]}")

print("\nReorder list:")
for item in sorted(inv.needs_reorder(), key=lambda i: (-priority_for(i), i.sku)):
    p = priority_for(item)
    print(f"  {item.sku} {p.name:<6} ({int(p)}) attrs={item.attrs!r}")

print(f"\nTotal value: {inv.value():,.2f}")
print("Fragile:", [i.sku for i in inv if Attr.FRAGILE in i.attrs])
print("Members:", [c.name for c in Category])
print(Category("toys"), Category["GROCERY"], repr(Priority.HIGH))
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted(Priority, reverse=True))
print(Attr.FRAGILE | Attr.HAZARDOUS, bool(Attr.NONE), Attr(5))
print(list(Status), Status.IN_STOCK.value)
try:
    Category("food")
except ValueError as e:
    print("ValueError:", e)
counts = defaultdict(int)
for op, sku, n in inv.history:
    counts[op] += n
print(dict(counts))
print(isinstance(Priority.LOW, int), Status.LOW_STOCK in Status, len(inv))
