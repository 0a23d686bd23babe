"""Typing-heavy inventory code with runtime introspection."""
from __future__ import annotations

import typing
from dataclasses import dataclass, field
from typing import (Annotated, Any, Callable, ClassVar, Final, Generic, Iterable, Iterator,
                    Literal, NamedTuple, Optional, Protocol, TypedDict, TypeVar, Union,
                    get_args, get_origin, get_type_hints, overload, runtime_checkable)

T = TypeVar("T")
K = TypeVar("K", str, int)
N = TypeVar("N", bound="Priced")

Unit = Literal["kg", "piece", "litre"]
MAX_STOCK: Final = 10_000


class Dimensions(NamedTuple):
    width: float
    height: float
    depth: float = 1.0

    @property
    def volume(self) -> float:
        return self.width * self.height * self.depth

    def scaled(self, k: float) -> "Dimensions":
        return self._replace(width=self.width * k, height=self.height * k, depth=self.depth * k)

    def __str__(self):
        return "x".join(f"{v:g}" for v in self)


class ItemRecord(TypedDict, total=False):
    sku: str
    qty: int
    unit: Unit


class StrictRecord(TypedDict):
    sku: str
    price: float


@runtime_checkable
class Priced(Protocol):
    price: float

    def discounted(self, pct: float) -> float: ...


class Sized_(Protocol):
    def __len__(self) -> int: ...


@dataclass(order=True)
class Item:
    sku: str
    price: float
    unit: Unit = "piece"
    tags: list[str] = field(default_factory=list, compare=False)
    registry: ClassVar[dict[str, "Item"]] = {}

    def discounted(self, pct: float) -> float:
        return round(self.price * (1 - pct / 100), 2)


class Shelf(Generic[T]):
    def __init__(self, items: Iterable[T] = ()) -> None:
        self._items: list[T] = list(items)

    def put(self, item: T) -> "Shelf[T]":
        self._items.append(item)
        return self

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def first(self, pred: Callable[[T], bool]) -> Optional[T]:
        return next((i for i in self._items if pred(i)), None)


class Keyed(Shelf[T], Generic[K, T]):
    pass


@overload
def parse_qty(text: str) -> int: ...
@overload
def parse_qty(text: bytes) -> int: ...
def parse_qty(text):
    if isinstance(text, bytes):
        text = text.decode()
    return int(text.strip() or 0)


def cheapest(items: Iterable[N]) -> N | None:
    return min(items, key=lambda i: i.price, default=None)


def weight(x: Annotated[float, "kg"], *, unit: Unit = "kg") -> Annotated[float, "g"]:
    return x * 1000


print(Dimensions(2, 3), Dimensions(2, 3).volume, Dimensions(1, 2, 3).scaled(2))
print(Dimensions._fields, Dimensions._field_defaults, Dimensions(4, 5)._asdict())
print(Dimensions.__annotations__)
d = Dimensions._make([7, 8, 9])
w, h, dd = d
print(d, w + h + dd, d == (7, 8, 9), isinstance(d, tuple))

rec: ItemRecord = {"sku": "A1", "qty": 3}
print(rec, ItemRecord.__total__, sorted(ItemRecord.__optional_keys__),
      sorted(StrictRecord.__required_keys__))
print(type(rec) is dict, sorted(get_type_hints(StrictRecord).items(), key=str))

items = [Item("B2", 5.5, "kg", ["fresh"]), Item("A1", 5.5), Item("C3", 1.25, "litre")]
print(sorted(items))
print(isinstance(items[0], Priced), isinstance(3, Priced), isinstance([], Sized_) if False else "skip")
try:
    isinstance([], Sized_)
except TypeError as e:
    print("TypeError:", e)
print(cheapest(items), cheapest([]))
print([i.discounted(10) for i in items])

shelf: Shelf[Item] = Shelf(items).put(Item("D4", 9))
print(shelf.first(lambda i: i.price > 6), shelf.first(lambda i: i.price > 60))
print(Shelf[int], Keyed[str, int], Keyed.__parameters__, Shelf.__parameters__)
print(parse_qty(" 12 "), parse_qty(b"7"), parse_qty(""))

hints = get_type_hints(Item)
for name, tp in hints.items():
    print(f"  {name:<9} {tp}")
print(get_type_hints(weight))
print(get_type_hints(weight, include_extras=True)["return"])
print(get_origin(list[int]), get_args(dict[str, list[int]]), get_args(Unit))
print(get_origin(Optional[int]) is Union, get_args(Optional[int]), get_args(int | str))
print(get_origin(Annotated[int, "x"]), get_args(Callable[[int, str], bool]))
print(Optional[int], Union[int, str, None], Callable[..., Any], typing.List[int])
print(Literal["a", 1] == Literal[1, "a"], Union[int, str] == Union[str, int])
print(T, K.__constraints__, N.__bound__, typing.cast(int, "not checked"))
print(typing.get_type_hints(cheapest))
print(MAX_STOCK, Item.registry, "registry" in Item.__dataclass_fields__)
