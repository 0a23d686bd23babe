"""Warehouse inventory with frozen, ordered, slotted dataclasses."""
from dataclasses import dataclass, field, replace, asdict, astuple, FrozenInstanceError
from functools import total_ordering, reduce
from operator import attrgetter, itemgetter, methodcaller
import bisect


@dataclass(order=True, frozen=True, slots=True)
class Sku:
    category: str
    code: int
    name: str = field(compare=False)

    def __post_init__(self):
        if not self.category.isupper():
            object.__setattr__(self, "category", self.category.upper())
        if self.code <= 0:
            raise ValueError(f"bad code {self.code} for {self.name!r}")

    def __str__(self):
        return f"{self.category}-{self.code:04d}"


@dataclass(order=True)
class StockLine:
    sort_key: tuple = field(init=False, repr=False)
    sku: Sku
    qty: int = 0
    unit_cost: float = 0.0
    tags: frozenset = field(default_factory=frozenset, compare=False)

    def __post_init__(self):
        self.sort_key = (-self.qty * self.unit_cost, self.sku)

    @property
    def value(self):
        return self.qty * self.unit_cost


catalog = [
    Sku("tools", 12, "hammer"), Sku("TOOLS", 7, "wrench"), Sku("garden", 3, "rake"),
    Sku("garden", 41, "hose"), Sku("paint", 5, "primer"), Sku("tools", 2, "saw"),
]
print(sorted(catalog))
print([str(s) for s in sorted(catalog, reverse=True)[:3]])
print(Sku("tools", 12, "x") == Sku("TOOLS", 12, "y"), hash(Sku("a", 1, "p")) == hash(Sku("A", 1, "q")))
try:
    catalog[0].code = 99
except FrozenInstanceError as exc:
    print("frozen:", exc)
try:
    Sku("misc", 0, "ghost")
except ValueError as exc:
    print("rejected:", exc)
print(hasattr(catalog[0], "__dict__"), Sku.__slots__)
moved = replace(catalog[2], category="outdoor")
print(moved, repr(moved), asdict(moved), astuple(moved))

lines = [StockLine(s, q, c, frozenset(t)) for s, q, c, t in [
    (catalog[0], 10, 12.5, {"steel"}), (catalog[1], 4, 9.99, ()), (catalog[2], 25, 7.25, {"wood"}),
    (catalog[3], 3, 19.0, {"rubber", "green"}), (catalog[4], 40, 3.1, ()), (catalog[5], 10, 12.5, {"steel"}),
]]
for line in sorted(lines):
    print(f"{str(line.sku):<12}{line.sku.name:<8}{line.qty:>4} x {line.unit_cost:>6.2f} = {line.value:>8.2f}")
total = reduce(lambda acc, l: acc + l.value, lines, 0.0)
print(f"total value {total:,.2f}")
by_cat = {}
for line in lines:
    by_cat.setdefault(line.sku.category, []).append(line)
for cat in sorted(by_cat):
    qtys = list(map(attrgetter("qty"), by_cat[cat]))
    print(cat, qtys, sum(qtys), max(by_cat[cat], key=attrgetter("value")).sku.name)
print(sorted((l.sku.name for l in lines), key=methodcaller("upper")))
print(sorted([(l.sku.code, l.qty) for l in lines], key=itemgetter(1, 0)))

# reorder thresholds: bisect on (qty) with key=
thresholds = sorted(lines, key=attrgetter("qty"))
for limit in (3, 10, 26):
    i = bisect.bisect_right(thresholds, limit, key=attrgetter("qty"))
    print(f"<= {limit:>2}:", [str(l.sku) for l in thresholds[:i]])
bisect.insort(thresholds, StockLine(Sku("paint", 9, "roller"), 7, 4.0), key=attrgetter("qty"))
print([l.qty for l in thresholds])
print(lines[0] < lines[1], lines[0] == StockLine(catalog[0], 10, 12.5))
