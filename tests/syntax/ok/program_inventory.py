from __future__ import annotations

import dataclasses
import functools
from typing import Dict, Iterable, Iterator, List, Optional, Tuple


@dataclasses.dataclass(frozen=True)
class Item:
    sku: str
    name: str
    price_cents: int
    tags: Tuple[str, ...] = ()

    @property
    def price(self) -> float:
        return self.price_cents / 100

    def with_price(self, cents: int) -> "Item":
        return dataclasses.replace(self, price_cents=cents)


class OutOfStock(LookupError):
    pass


class Inventory:
    """Stock levels per SKU, with a log of every change."""

    def __init__(self, items: Iterable[Item] = (), /, *, strict: bool = True) -> None:
        self._items: Dict[str, Item] = {item.sku: item for item in items}
        self._stock: Dict[str, int] = dict.fromkeys(self._items, 0)
        self._log: List[Tuple[str, int]] = []
        self.strict = strict

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, sku: object) -> bool:
        return sku in self._items

    def __iter__(self) -> Iterator[Item]:
        yield from sorted(self._items.values(), key=lambda it: (it.name.lower(), it.sku))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self)} items, {self.total_units()} units)"

    def add(self, item: Item, quantity: int = 0) -> None:
        if item.sku in self._items and self.strict:
            raise ValueError(f"duplicate SKU {item.sku!r}")
        self._items[item.sku] = item
        self._stock.setdefault(item.sku, 0)
        if quantity:
            self.receive(item.sku, quantity)

    def receive(self, sku: str, quantity: int) -> int:
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        self._stock[sku] += quantity
        self._log.append((sku, +quantity))
        return self._stock[sku]

    def ship(self, sku: str, quantity: int = 1) -> int:
        available = self._stock.get(sku, 0)
        if quantity > available:
            raise OutOfStock(f"{sku}: wanted {quantity}, have {available}")
        self._stock[sku] = available - quantity
        self._log.append((sku, -quantity))
        return self._stock[sku]

    def total_units(self) -> int:
        return sum(self._stock.values())

    def value_cents(self) -> int:
        return sum(self._items[sku].price_cents * n for sku, n in self._stock.items())

    def find(self, *, tag: Optional[str] = None, max_price: Optional[float] = None) -> List[Item]:
        found = []
        for item in self:
            if tag is not None and tag not in item.tags:
                continue
            if max_price is not None and item.price > max_price:
                continue
            found.append(item)
        return found

    def history(self, sku: str | None = None) -> List[Tuple[str, int]]:
        return [entry for entry in self._log if sku is None or entry[0] == sku]

    @functools.lru_cache(maxsize=None)
    def _expensive_summary(self, precision: int) -> str:
        lines = []
        for item in self:
            count = self._stock[item.sku]
            lines.append(f"{item.sku:<8}{item.name:<20}{count:>5}{item.price:>{precision + 6}.{precision}f}")
        return "\n".join(lines)

    def report(self, precision: int = 2) -> str:
        header = f"{'SKU':<8}{'NAME':<20}{'QTY':>5}{'PRICE':>{precision + 6}}"
        return header + "\n" + self._expensive_summary(precision)


def restock_plan(inv: Inventory, minimum: int = 5) -> Dict[str, int]:
    plan = {}
    for item in inv:
        have = inv._stock[item.sku]
        if have < minimum:
            plan[item.sku] = minimum - have
    return plan


def main() -> None:
    inv = Inventory([
        Item("A1", "Widget", 250, ("tools",)),
        Item("B2", "Gadget", 1299, ("tools", "electronics")),
        Item("C3", "Doohickey", 75),
    ])
    inv.receive("A1", 10)
    inv.receive("B2", 3)
    try:
        inv.ship("C3", 1)
    except OutOfStock as exc:
        print("warning:", exc)
    finally:
        print(repr(inv))
    for sku, qty in sorted(restock_plan(inv).items()):
        print(f"order {qty} x {sku}")
    cheap = [it.name for it in inv.find(max_price=5.0)]
    assert cheap == ["Doohickey", "Widget"], cheap
    print(inv.report())


if __name__ == "__main__":
    main()
