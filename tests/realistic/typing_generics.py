"""Typed containers using Generic, TypeVar, Protocol and friends."""
from __future__ import annotations

from typing import (Generic, TypeVar, Protocol, Iterator, Callable, Optional, Union,
                    Dict, List, Tuple, Any, runtime_checkable, overload, cast, ClassVar,
                    NamedTuple, TypedDict, Final, Literal, get_type_hints)
from dataclasses import dataclass

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
N = TypeVar("N", int, float)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items!r})"


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value

    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)

    def __repr__(self):
        return f"Pair({self.key!r}, {self.value!r})"


@runtime_checkable
class SupportsArea(Protocol):
    def area(self) -> float: ...


class Sq:
    def __init__(self, s):
        self.s = s

    def area(self) -> float:
        return self.s ** 2


class Nope:
    pass


def total_area(items: List[SupportsArea]) -> float:
    return sum(i.area() for i in items)


def apply(fn: Callable[[T], V], xs: List[T]) -> List[V]:
    return [fn(x) for x in xs]


def clamp(x: N, lo: N, hi: N) -> N:
    return max(lo, min(hi, x))


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


class Movie(TypedDict):
    title: str
    year: int


@dataclass
class Registry(Generic[T]):
    items: Dict[str, T]
    kind: ClassVar[str] = "registry"

    def get(self, name: str, default: Optional[T] = None) -> Optional[T]:
        return self.items.get(name, default)


MAX: Final = 10
Mode = Literal["r", "w"]


def first(xs: Union[List[T], Tuple[T, ...]]) -> T:
    return xs[0]


s: Stack[int] = Stack()
for i in range(5):
    s.push(i * i)
print(s, len(s), s.peek(), list(s), s.pop())
empty = Stack[str]()
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
print(Pair("a", 1).swap(), Stack[int], Pair[str, int])
print(isinstance(Sq(2), SupportsArea), isinstance(Nope(), SupportsArea), total_area([Sq(1), Sq(3)]))
print(apply(str.upper, ["x", "y"]), apply(len, [[1], [1, 2]]), clamp(15, 0, 10), clamp(-2.5, -1.0, 1.0))
p = Point(3, 4)
print(p, p.norm(), p._replace(y=0), Point._fields, Point._field_defaults, p._asdict())
m: Movie = {"title": "Up", "year": 2009}
print(m, Movie.__required_keys__ == {"title", "year"}, type(m).__name__)
r = Registry({"a": 1})
print(r, r.get("a"), r.get("b", 0), Registry.kind)
print(cast(int, "not really an int"), first((7, 8)), MAX)
print(T, K.__name__, N.__constraints__, Optional[int], Union[int, str], Union[int, None])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Callable[[int, str], bool], Any)
print(list[int], dict[str, int] == Dict[str, int], Optional[int] == Union[int, None])
print(get_type_hints(clamp))
print(clamp.__annotations__)
print(Stack.__parameters__, Pair.__orig_bases__ if hasattr(Pair, "__orig_bases__") else None)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(4), double("ab"))
