"""Typed configuration objects: enums, TypedDict, Protocol, NamedTuple, generics."""
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
from typing import (Any, Callable, ClassVar, Final, Generic, Literal, NamedTuple, NewType, Optional,
                    Protocol, TypedDict, TypeVar, Union, get_args, get_origin, get_type_hints,
                    runtime_checkable, overload, cast)


class Color(Enum):
    RED = "#f00"
    GREEN = "#0f0"
    BLUE = "#00f"
    CRIMSON = "#f00"

    @property
    def rgb(self):
        h = self.value.lstrip("#")
        return tuple(int(c * 2, 16) for c in h)

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and not value.startswith("#"):
            return cls.__members__.get(value.upper())
        return None


class Level(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()


class Method(StrEnum):
    GET = auto()
    POST = auto()
    DELETE = "DEL"


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(list(Color), Color.CRIMSON is Color.RED, Color("#0f0"), Color("blue"), Color.RED.rgb)
print(Color.__members__.keys(), len(Color), Color["GREEN"].name, repr(Color.BLUE))
try:
    Color("purple")
except ValueError as e:
    print("ValueError:", e)
print(Level.HIGH > Level.LOW, Level(2), Level.MEDIUM + 1, sorted([Level.HIGH, Level.LOW]), int(Level.HIGH), f"{Level.LOW}", str(Level.LOW), repr(Level.LOW))
print(Method.GET, Method.GET == "get", Method.DELETE.upper(), f"{Method.POST}", repr(Method.POST), list(Method))
p = Perm.R | Perm.X
print(p, repr(p), Perm.W in p, Perm.RW, list(Perm.ALL), ~Perm.R, bool(Perm(0)), Perm(3), Perm.ALL & ~Perm.W)
print(p.name, Perm.RW.name, Perm(0).name, [m.name for m in Perm], Perm.ALL.value)
for planet in Planet:
    print(f"{planet.name:<8} g={planet.gravity:6.2f} m/s^2 mass={planet.mass:.3e}")
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Enum("Shape", [("SQUARE", 4), ("TRI", 3)]).TRI)


class Perm2(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm2(7), Perm2.R | 8, repr(Perm2(5)), Perm2.R + 1, oct(Perm2.R | Perm2.W))
print(isinstance(Level.LOW, int), type(Level.LOW).__mro__[1].__name__, enum.EnumMeta is type(Color) or type(Color).__name__)

UserId = NewType("UserId", int)
T = TypeVar("T")
K = TypeVar("K", bound=str)


class Movie(TypedDict, total=False):
    title: str
    year: int


class Required(TypedDict):
    name: str
    tags: list[str]


class Point(NamedTuple):
    x: float
    y: float = 0.0
    label: str = "origin"

    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self):
        print("closed")


class Box(Generic[T]):
    MAX: ClassVar[int] = 3
    LIMIT: Final = 10

    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item

    def __repr__(self):
        return f"Box({self.item!r})"


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


def handler(event: Literal["open", "close"], callback: Callable[[int], str] | None = None, *, extra: Optional[dict[str, Any]] = None) -> Union[int, str]:
    return 0


m: Movie = {"title": "Alien"}
print(m, Movie.__total__, Required.__required_keys__, sorted(Movie.__optional_keys__), Movie.__annotations__)
print(UserId(5), UserId.__name__, Point(3, 4).dist(), Point(1), Point._fields, Point._field_defaults, Point(1, 2)._replace(label="p"))
print(Point.__annotations__, isinstance(Resource(), SupportsClose), isinstance(3, SupportsClose))
print(Box(3), Box[int], Box[int](5).get(), Box.MAX, double(4), double("ab"), cast(int, "not checked"))
hints = get_type_hints(handler)
for name, hint in hints.items():
    print(f"  {name}: {hint!r} origin={get_origin(hint)} args={get_args(hint)}")
print(get_args(dict[str, list[int]]), get_origin(list[int]), get_origin(Optional[int]), get_args(Optional[int]))
print(T, K.__bound__, T.__name__, repr(Union[int, str]), Optional[str], list[int] == list[int], int | None)
print(get_type_hints(Box.__init__), get_type_hints(Point), Callable[..., int])
