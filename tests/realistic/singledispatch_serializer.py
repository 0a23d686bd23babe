"""A pluggable serializer built on functools.singledispatch, Protocols and generics."""
from __future__ import annotations

import functools
import math
from collections import OrderedDict, deque
from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import Any, Generic, Iterable, Protocol, TypeVar, runtime_checkable

T = TypeVar("T")


@runtime_checkable
class SupportsToDict(Protocol):
    def to_dict(self) -> dict: ...


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Address:
    street: str
    city: str


@dataclass
class Person:
    name: str
    born: date
    address: Address
    tags: tuple = ()


class Money:
    def __init__(self, amount, currency):
        self.amount, self.currency = Decimal(amount), currency

    def to_dict(self):
        return {"amount": str(self.amount), "currency": self.currency}


class Stack(Generic[T]):
    def __init__(self, items: Iterable[T] = ()):
        self._items = list(items)

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def __iter__(self):
        return iter(reversed(self._items))

    def __len__(self):
        return len(self._items)


@functools.singledispatch
def to_json(obj: Any, indent: int = 0) -> str:
    if isinstance(obj, SupportsToDict):
        return to_json(obj.to_dict(), indent)
    if is_dataclass(obj):
        return to_json({f.name: getattr(obj, f.name) for f in fields(obj)}, indent)
    raise TypeError(f"cannot serialize {type(obj).__name__}")


@to_json.register
def _(obj: None, indent=0):
    return "null"


@to_json.register(type(None))
def _none(obj, indent=0):
    return "null"


@to_json.register
def _bool(obj: bool, indent=0):
    return "true" if obj else "false"


@to_json.register(int)
def _int(obj, indent=0):
    return str(obj)


@to_json.register(float)
def _float(obj, indent=0):
    if math.isnan(obj) or math.isinf(obj):
        return "null"
    return repr(obj)


@to_json.register(Decimal)
@to_json.register(Fraction)
def _exact(obj, indent=0):
    return f'"{obj}"'


@to_json.register
def _str(obj: str, indent=0):
    escaped = obj.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


@to_json.register(date)
def _date(obj, indent=0):
    return f'"{obj.isoformat()}"'


@to_json.register(Enum)
def _enum(obj, indent=0):
    return to_json(obj.name.lower())


@to_json.register(list)
@to_json.register(tuple)
@to_json.register(deque)
@to_json.register(Stack)
def _seq(obj, indent=0):
    items = [to_json(x, indent + 2) for x in obj]
    if not items:
        return "[]"
    if sum(map(len, items)) < 40:
        return "[" + ", ".join(items) + "]"
    pad = " " * (indent + 2)
    return "[\n" + ",\n".join(pad + i for i in items) + "\n" + " " * indent + "]"


@to_json.register(dict)
def _dict(obj, indent=0):
    if not obj:
        return "{}"
    pad = " " * (indent + 2)
    parts = [f"{pad}{to_json(str(k))}: {to_json(v, indent + 2)}" for k, v in obj.items()]
    return "{\n" + ",\n".join(parts) + "\n" + " " * indent + "}"


@to_json.register(set)
@to_json.register(frozenset)
def _set(obj, indent=0):
    return to_json(sorted(obj, key=repr), indent)


class Shape:
    @functools.singledispatchmethod
    def scale(self, factor):
        raise NotImplementedError(type(factor).__name__)

    @scale.register
    def _(self, factor: int):
        return f"scale by integer {factor}"

    @scale.register
    def _(self, factor: float):
        return f"scale by float {factor:.2f}"

    @scale.register
    def _(self, factor: tuple):
        return f"scale axes {factor}"


person = Person("Ada", date(1815, 12, 10), Address("12 St James's Sq", "London"), ("math", "poetry"))
doc = OrderedDict(
    person=person,
    wallet=Money("12.50", "GBP"),
    colour=Color.GREEN,
    ratios=[Fraction(1, 3), 0.25, float("nan"), 10 ** 20],
    flags={"active": True, "deleted": False, "note": None},
    quote='She said "hi"\nthen left',
    history=deque([1, 2, 3]),
    stack=Stack(["a", "b", "c"]),
    ids={3, 1, 2},
    empty=[{}, [], ()],
)
print(to_json(doc))
print(sorted(t.__name__ for t in to_json.registry if isinstance(t, type))[:8])
print(to_json.dispatch(bool).__name__, to_json.dispatch(Color).__name__, to_json.dispatch(OrderedDict).__name__)
try:
    to_json(object())
except TypeError as e:
    print("TypeError:", e)
s = Shape()
print(s.scale(3), "|", s.scale(1.5), "|", s.scale((1, 2)), "|", end=" ")
try:
    s.scale("big")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(isinstance(Money("1", "X"), SupportsToDict), isinstance(person, SupportsToDict))
st: Stack[int] = Stack([1, 2])
st.push(3)
print(list(st), st.pop(), len(st), Stack[int].__origin__ is Stack if hasattr(Stack[int], "__origin__") else "no origin")
