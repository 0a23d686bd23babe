"""Order workflow with enums: transitions, custom methods, StrEnum, unique, _missing_."""
from enum import Enum, IntFlag, StrEnum, unique, auto, IntEnum
import enum


@unique
class Status(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"

    @property
    def is_final(self):
        return self in (Status.DELIVERED, Status.CANCELLED)

    def can_move_to(self, other):
        return other in TRANSITIONS[self]

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None

    def __str__(self):
        return self.value.upper()


TRANSITIONS = {
    Status.NEW: {Status.PAID, Status.CANCELLED},
    Status.PAID: {Status.SHIPPED, Status.CANCELLED},
    Status.SHIPPED: {Status.DELIVERED},
    Status.DELIVERED: set(),
    Status.CANCELLED: set(),
}


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    JUPITER = (1.9e+27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7


class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3
    THU = 4
    FRI = 5
    SAT = 6
    SUN = 7

    @classmethod
    def weekend(cls):
        return [d for d in cls if d >= cls.SAT]


class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    BLUE = "b"


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


class Order:
    def __init__(self, oid):
        self.oid = oid
        self.status = Status.NEW
        self.history = [Status.NEW]

    def move(self, target):
        target = Status(target)
        if not self.status.can_move_to(target):
            raise ValueError(f"order {self.oid}: cannot go from {self.status.name} to {target.name}")
        self.status = target
        self.history.append(target)


o = Order(1)
for step in ["paid", "SHIPPED", Status.DELIVERED, "cancelled"]:
    try:
        o.move(step)
        print(f"order {o.oid} -> {o.status} final={o.status.is_final}")
    except ValueError as e:
        print("error:", e)
print(" > ".join(map(str, o.history)), [s.name for s in o.history])
try:
    Status("lost")
except ValueError as e:
    print("ValueError:", e)
print(repr(Status.NEW), Status.NEW.value, Status["PAID"], Status.PAID in Status, len(Status))
print(Status.NEW == "new", Status.NEW is Status("new"), hash(Status.NEW) == hash(Status.NEW))
for p in Planet:
    print(f"{p.name:8} mass={p.mass:.3e} gravity={p.surface_gravity:6.2f}")
print(Planet.EARTH.value, repr(Planet.EARTH))
perm = Perm.R | Perm.W
print(perm, repr(perm), Perm.X in perm, perm & Perm.W, int(perm), Perm(5), ~Perm.R, Perm.RWX)
print(list(Perm.RWX) if hasattr(Perm.RWX, "__iter__") else "", bool(Perm(0)), Perm(0))
print(Weekday.weekend(), Weekday.FRI + 1, Weekday(3).name, Weekday.MON < Weekday.TUE, sorted([Weekday.SUN, Weekday.MON]))
print(Color.RED, repr(Color.GREEN), Color.BLUE == "b", Color.RED.upper(), f"{Color.GREEN}!", list(Color))
print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), list(Shape.__members__), Shape.ALIAS_FOR_SQUARE is Shape.SQUARE)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Sizes = Enum("Sizes", [("S", 1), ("M", 2), ("L", 3)])
print(Sizes.M, Sizes["L"].value, type(Sizes.S).__name__, isinstance(Sizes.S, Enum))
try:
    Status.NEW = "x"
except AttributeError as e:
    print("AttributeError:", e)
print(Status.__members__["SHIPPED"], Status.SHIPPED.name.title(), sorted(Status, key=lambda s: s.value)[0])
print(format(Weekday.TUE), f"{Weekday.TUE:>5}", str(Weekday.TUE), f"{Perm.R}", format(Status.NEW))
print({s: s.is_final for s in Status})
