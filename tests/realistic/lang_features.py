"""A tour of language features that real code leans on."""
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import Protocol, runtime_checkable, TypedDict, Literal, get_type_hints, Generic, TypeVar, ClassVar
import operator
import functools

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> "Stack[T]":
        self._items.append(item)
        return self

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return reversed(self._items)

    def __contains__(self, item):
        return item in self._items

    def __class_getitem__(cls, item):
        alias = super().__class_getitem__(item)
        return alias


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


class Movie(TypedDict, total=False):
    title: str
    year: int


@dataclass(slots=True)
class Vec:
    x: float
    y: float
    _: KW_ONLY
    label: str = ""
    scale: InitVar[float] = 1.0
    dims: ClassVar[int] = 2

    def __post_init__(self, scale):
        self.x *= scale
        self.y *= scale

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __format__(self, spec):
        if spec.endswith("p"):
            inner = spec[:-1]
            return f"<{self.x:{inner}}, {self.y:{inner}}>"
        return format(str(self), spec)

    def draw(self):
        return f"arrow to {self.x},{self.y}"


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __index__(self):
        return self.cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __iadd__(self, other):
        self.cents += int(other)
        return self

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    __hash__ = None


class Config(dict):
    def __missing__(self, key):
        value = self[key] = key.upper()
        return value


def classify(obj):
    match obj:
        case {"type": "point", "x": int(x), "y": int(y)} if x == y:
            return f"diagonal point {x}"
        case {"type": "point", **rest}:
            return f"point with {sorted(rest)}"
        case [Vec(x=0, y=0), *others]:
            return f"origin then {len(others)} more"
        case [int() | float() as first, *_, last]:
            return f"numbers from {first} to {last}"
        case str(s) if s.isdigit():
            return "digit string"
        case Vec(x=x) if x < 0:
            return "leftward vector"
        case None:
            return "nothing"
        case _:
            return f"other {type(obj).__name__}"


s = Stack[int]().push(1).push(2).push(3)
print(len(s), list(s), 2 in s, bool(Stack()), s.pop(), Stack[int])
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
v = Vec(1, 2, label="a", scale=2)
w = Vec(3, -1)
print(v, v + w, 3 * w, w * 2, v @ w, abs(Vec(3, 4)), sum([v, w]))
print(f"{v:.1fp}|{w:>30}|", isinstance(v, Drawable), isinstance(3, Drawable))
try:
    v.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Vec.dims, hasattr(v, "__dict__"), Vec.__slots__, Vec.__match_args__)
m = Movie(title="Heat")
print(m, get_type_hints(Movie), Movie.__total__)
hex_digits = "0123456789abcdef"
price = Money(5)
print(hex_digits[price], bin(price), [0, 1, 2, 3, 4, 5, 6][price:], operator.index(price))
price += 10
print(price, price == Money(15))
try:
    hash(price)
except TypeError as e:
    print("TypeError:", e)
cfg = Config(debug="1")
print(cfg["debug"], cfg["mode"], cfg)
for obj in ({"type": "point", "x": 2, "y": 2}, {"type": "point", "x": 1, "z": 0}, [Vec(0, 0), 1, 2],
            [1, 2.5, 7], "123", Vec(-1, 0), None, {1, 2}, [1]):
    print(classify(obj))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "**": operator.pow}
print({k: f(7, 2) for k, f in ops.items()})
print(functools.reduce(operator.or_, [{1}, {2}, {3, 1}]), operator.itemgetter(1, 0)("ab"), operator.methodcaller("split", "-")("a-b"))
Mode = Literal["r", "w"]
print(Mode, Mode.__args__)


def outer():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


inc = outer()
print(inc(), inc(5), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
first, *middle, last = range(6)
(a, b), c = "xy", 3
print(first, middle, last, a, b, c, [*"ab", *range(2)], {**{"a": 1}, "b": 2})
print((lambda *args, **kw: (args, kw))(1, 2, k=3), (x := 10) + x)
