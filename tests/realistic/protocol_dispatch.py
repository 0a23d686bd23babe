"""Structural typing with typing.Protocol (runtime_checkable), generic
containers, and functools.singledispatchmethod for a small serializer."""
from __future__ import annotations

import json
from dataclasses import dataclass, asdict, fields
from datetime import date
from decimal import Decimal
from functools import singledispatchmethod, total_ordering
from typing import Generic, Iterator, Protocol, TypeVar, runtime_checkable, get_type_hints

T = TypeVar("T")


@runtime_checkable
class Sized(Protocol):
    def size(self) -> int: ...


@runtime_checkable
class Named(Protocol):
    name: str


@total_ordering
@dataclass(frozen=True)
class Parcel:
    name: str
    weight: Decimal
    sent: date

    def size(self) -> int:
        return int(self.weight * 10)

    def __lt__(self, other):
        return (self.weight, self.name) < (other.weight, other.name)


class Crate(Generic[T]):
    def __init__(self, *items: T):
        self.items = list(items)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def size(self) -> int:
        return sum(getattr(i, "size", lambda: 1)() for i in self.items)

    def __repr__(self):
        return f"Crate({len(self.items)} items)"


class Encoder:
    @singledispatchmethod
    def encode(self, obj):
        raise TypeError(f"cannot encode {type(obj).__name__}")

    @encode.register
    def _(self, obj: int):
        return obj

    @encode.register
    def _(self, obj: str):
        return obj

    @encode.register
    def _(self, obj: Decimal):
        return str(obj)

    @encode.register
    def _(self, obj: date):
        return obj.isoformat()

    @encode.register(list)
    @encode.register(tuple)
    def _(self, obj):
        return [self.encode(x) for x in obj]

    @encode.register
    def _(self, obj: Parcel):
        return {f.name: self.encode(getattr(obj, f.name)) for f in fields(obj)}

    @encode.register
    def _(self, obj: Crate):
        return {"crate": [self.encode(i) for i in obj]}


if __name__ == "__main__":
    a = Parcel("books", Decimal("2.5"), date(2024, 3, 1))
    b = Parcel("lamp", Decimal("1.25"), date(2024, 3, 2))
    c = Parcel("anvil", Decimal("40"), date(2024, 2, 28))
    crate: Crate[Parcel] = Crate(a, b, c)
    for obj in (a, crate, "text", 3, [1, 2]):
        print(type(obj).__name__, isinstance(obj, Sized), isinstance(obj, Named))
    print(sorted(crate), max(crate).name, a <= b, a >= b)
    print(crate.size(), Crate(1, 2, 3).size(), crate)
    enc = Encoder()
    print(json.dumps(enc.encode(crate), indent=1))
    print(enc.encode((1, "x", Decimal("0.10"))))
    try:
        enc.encode(1.5)
    except TypeError as e:
        print(e)
    try:
        a.weight = 3
    except Exception as e:
        print(type(e).__name__, e)
    print(asdict(b), hash(a) == hash(Parcel("books", Decimal("2.5"), date(2024, 3, 1))))
    print(Parcel.__annotations__)
    print(get_type_hints(Parcel))
    print(Crate[int], Crate[int]().items, Crate.__parameters__)
    try:
        isinstance(a, Protocol)
    except TypeError as e:
        print("TypeError", e)
    print(sorted(k for k in Encoder.encode.dispatcher.registry if k is not object)[:0] if False else
          sorted(t.__name__ for t in Encoder.__dict__["encode"].dispatcher.registry))
