"""Advanced dataclass features: field options, InitVar, kw_only, slots, ordering, inheritance."""
from dataclasses import dataclass, field, fields, InitVar, asdict, astuple, is_dataclass, make_dataclass, KW_ONLY
import dataclasses
from typing import ClassVar, List


@dataclass
class Employee:
    name: str
    salary: float = field(repr=False)
    dept: str = "eng"
    skills: List[str] = field(default_factory=list)
    id: int = field(init=False, compare=False)
    _counter: ClassVar[int] = 0

    def __post_init__(self):
        Employee._counter += 1
        self.id = Employee._counter


@dataclass
class Manager(Employee):
    reports: list = field(default_factory=list)

    def add(self, e):
        self.reports.append(e)
        return self


@dataclass
class Temperature:
    celsius: float
    unit: InitVar[str] = "C"

    def __post_init__(self, unit):
        if unit == "F":
            self.celsius = round((self.celsius - 32) * 5 / 9, 2)
        elif unit != "C":
            raise ValueError(f"unknown unit {unit!r}")


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


@dataclass
class Request:
    url: str
    _: KW_ONLY
    method: str = "GET"
    timeout: float = 10.0


@dataclass(slots=True)
class Vec:
    x: float
    y: float

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


@dataclass(order=True)
class Card:
    sort_index: int = field(init=False, repr=False)
    rank: str
    suit: str
    RANKS: ClassVar[str] = "23456789TJQKA"

    def __post_init__(self):
        self.sort_index = self.RANKS.index(self.rank) * 4 + "cdhs".index(self.suit)

    def __str__(self):
        return f"{self.rank}{self.suit}"


@dataclass(eq=False)
class Handle:
    name: str


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str


alice = Employee("Alice", 120000, skills=["rust", "python"])
bob = Employee("Bob", 95000.5, "ops")
boss = Manager("Carol", 200000, "mgmt").add(alice).add(bob)
print(alice, bob, sep="\n")
print(boss)
print(alice == Employee("Alice", 120000, skills=["rust", "python"]), alice.id, bob.id, boss.id)
print([f.name for f in fields(Manager)], [f.name for f in fields(boss) if f.init])
print(asdict(boss)["reports"][1], astuple(bob))
print(Temperature(212, "F"), Temperature(20))
try:
    Temperature(1, "K")
except ValueError as e:
    print(e)
print(Options(level=3), Request("http://x", timeout=1.5), Request("http://y", method="POST"))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
v = Vec(3, 4) + Vec(1, 1)
print(v, abs(Vec(3, 4)), hasattr(v, "__dict__"), Vec.__slots__)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
hand = [Card("Q", "h"), Card("2", "s"), Card("A", "c"), Card("Q", "d"), Card("T", "s")]
print(" ".join(map(str, sorted(hand))), max(hand), Card("2", "c") < Card("2", "d"))
h1, h2 = Handle("x"), Handle("x")
print(h1 == h2, h1 == h1, hash(h1) == id(h1) // 16 or True)
print(hash(Key(1, "a")) == hash(Key(1, "a")), {Key(1, "a"), Key(1, "a"), Key(2, "a")} == {Key(1, "a"), Key(2, "a")})
try:
    hash(Employee("x", 1))
except TypeError as e:
    print("TypeError:", e)
Point3 = make_dataclass("Point3", [("x", int), ("y", int, field(default=0)), "z"] if False else [("x", int), ("y", int), ("z", int, field(default=0))], namespace={"norm1": lambda self: abs(self.x) + abs(self.y) + abs(self.z)})
p = Point3(1, -2)
print(p, p.norm1(), is_dataclass(p), is_dataclass(Point3), is_dataclass(int))
print(dataclasses.replace(p, z=5), Point3.__dataclass_params__.order if hasattr(Point3, "__dataclass_params__") else "")
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
f = fields(Employee)[1]
print(f.name, f.type, f.repr, f.default is dataclasses.MISSING, f.init)
