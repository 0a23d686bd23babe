"""A typed order-processing module: Protocol, TypedDict, NamedTuple with defaults, Generic, overload, Literal."""
from __future__ import annotations
from typing import (Protocol, TypedDict, NamedTuple, Generic, TypeVar, Literal, overload, Optional,
                    Callable, Iterator, Iterable, ClassVar, Final, get_type_hints, runtime_checkable,
                    Union, Any, cast, NotRequired, Required, get_origin, get_args)
from dataclasses import dataclass
from collections.abc import Sequence

T = TypeVar("T")
K = TypeVar("K", bound="Keyed")
Status = Literal["new", "paid", "shipped"]


class Address(TypedDict):
    street: str
    city: str
    zip: NotRequired[str]


class OrderDict(TypedDict, total=False):
    id: Required[int]
    status: Status
    address: Address


class Money(NamedTuple):
    amount: int
    currency: str = "EUR"

    def __str__(self):
        return f"{self.amount / 100:.2f} {self.currency}"

    def __add__(self, other):
        if isinstance(other, Money):
            if other.currency != self.currency:
                raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
            return Money(self.amount + other.amount, self.currency)
        return NotImplemented


@runtime_checkable
class Keyed(Protocol):
    key: str

    def describe(self) -> str: ...


@dataclass
class Product:
    key: str
    price: Money
    MAX_QTY: ClassVar[int] = 10

    def describe(self) -> str:
        return f"{self.key} @ {self.price}"


class Repo(Generic[K]):
    def __init__(self) -> None:
        self._items: dict[str, K] = {}

    def add(self, item: K) -> K:
        self._items[item.key] = item
        return item

    @overload
    def get(self, key: str) -> K: ...
    @overload
    def get(self, key: str, default: T) -> Union[K, T]: ...

    def get(self, key, default=None):
        return self._items.get(key, default)

    def __iter__(self) -> Iterator[K]:
        return iter(sorted(self._items.values(), key=lambda i: i.key))


def total(lines: Iterable[tuple[Product, int]], *, fee: Optional[Money] = None) -> Money:
    result = fee or Money(0)
    for product, qty in lines:
        if qty > Product.MAX_QTY:
            raise ValueError(f"too many {product.key}: {qty}")
        result = result + Money(product.price.amount * qty, product.price.currency)
    return result


def advance(order: OrderDict, to: Status) -> OrderDict:
    flow: Final = ("new", "paid", "shipped")
    current = order.get("status", "new")
    if flow.index(to) != flow.index(current) + 1:
        raise ValueError(f"order {order['id']}: cannot go {current} -> {to}")
    return {**order, "status": to}


repo: Repo[Product] = Repo()
for key, cents in [("mug", 899), ("tee", 1999), ("cap", 1250)]:
    repo.add(Product(key, Money(cents)))
print([p.describe() for p in repo])
print(repo.get("tee"), repo.get("hat", "n/a"), isinstance(repo.get("mug"), Keyed), isinstance("x", Keyed))
print(total([(repo.get("mug"), 2), (repo.get("cap"), 1)]), total([], fee=Money(300)))
for bad in ([(repo.get("tee"), 11)], [(Product("usd", Money(5, "USD")), 1)]):
    try:
        total(bad, fee=Money(1))
    except ValueError as exc:
        print("ValueError:", exc)
m = Money(500)
print(m, repr(m), m._asdict(), Money._field_defaults, m._replace(currency="GBP"), Money._fields)
order: OrderDict = {"id": 7, "address": {"street": "1 Main St", "city": "Springfield"}}
order = advance(order, "paid")
print(order)
try:
    advance(order, "new")
except ValueError as exc:
    print(exc)
print(OrderDict.__required_keys__, sorted(OrderDict.__optional_keys__), Address.__total__, OrderDict.__total__)
print(get_type_hints(total))
print(get_type_hints(Product))
print(get_type_hints(Money), Money.__annotations__)
hints = get_type_hints(Address, include_extras=True)
print(hints["zip"], get_origin(hints["zip"]), get_args(Status), get_origin(Status))
print(Repo[Product], Repo.__parameters__, K.__bound__, T.__constraints__, Keyed.__protocol_attrs__ if hasattr(Keyed, "__protocol_attrs__") else sorted(["describe", "key"]))
print(cast(int, "not really"), Callable[[int, str], bool], Optional[Sequence[int]])
