"""File permissions and feature toggles with enum.Flag / IntFlag: composing
members with bitwise operators, iterating members, parsing rwx strings,
auto() values, aliases, unique checks and Enum-based state transitions."""

import enum
from enum import Enum, Flag, IntFlag, IntEnum, auto, unique


class Perm(IntFlag):
    X = 1
    W = 2
    R = 4
    RW = R | W
    RWX = R | W | X


class Feature(Flag):
    NONE = 0
    SEARCH = auto()
    EXPORT = auto()
    SHARE = auto()
    ADMIN = auto()
    BASIC = SEARCH | EXPORT
    ALL = SEARCH | EXPORT | SHARE | ADMIN


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3
    URGENT = 3          # alias of HIGH


class Phase(Enum):
    DRAFT = "draft"
    REVIEW = "review"
    PUBLISHED = "published"
    ARCHIVED = "archived"

    @property
    def next_phases(self):
        return {
            Phase.DRAFT: (Phase.REVIEW,),
            Phase.REVIEW: (Phase.DRAFT, Phase.PUBLISHED),
            Phase.PUBLISHED: (Phase.ARCHIVED,),
            Phase.ARCHIVED: (),
        }[self]

    def advance(self, to):
        if to not in self.next_phases:
            raise ValueError(f"cannot go from {self.name} to {to.name}")
        return to


def mode_string(mode):
    out = ""
    for who in (6, 3, 0):
        bits = Perm((mode >> who) & 7)
        out += "".join(ch if flag in bits else "-" for ch, flag in (("r", Perm.R), ("w", Perm.W), ("x", Perm.X)))
    return out


def parse_mode(text):
    mode = 0
    for i, who in enumerate((6, 3, 0)):
        chunk = text[i * 3:(i + 1) * 3]
        bits = Perm(0)
        for ch, flag in zip("rwx", (Perm.R, Perm.W, Perm.X)):
            if chunk[len("rwx".split(ch)[0])] == ch:
                bits |= flag
        mode |= int(bits) << who
    return mode


print("Perm members:", list(Perm), "| all names:", list(Perm.__members__))
rw = Perm.R | Perm.W
print(rw, repr(rw), rw == Perm.RW, rw.value, Perm.X in rw, bool(Perm(0)))
print("int arithmetic:", Perm.R + 1, Perm.RWX & ~Perm.W, type(Perm.R | 8).__name__, Perm.R | 8)
for mode in (0o755, 0o640, 0o777, 0o000, 0o4):
    s = mode_string(mode)
    print(f"  {mode:04o} -> {s} -> {parse_mode(s):04o}")

user = Feature.SEARCH | Feature.SHARE
print("user:", user, "| has BASIC:", Feature.BASIC in user, "| missing:", Feature.ALL & ~user)
print("members of ALL:", [m.name for m in Feature if m in Feature.ALL and m is not Feature.NONE])
print("values:", {m.name: m.value for m in Feature})
print("Feature(6):", Feature(6), "| NONE falsy:", not Feature.NONE, "| ~ADMIN:", ~Feature.ADMIN)
try:
    Feature(64)
except ValueError as e:
    print("ValueError:", e)

print("Priority:", list(Priority), Priority.URGENT is Priority.HIGH, Priority["URGENT"])
print("sorted by priority:", sorted(["fix", "docs", "ship"], key=lambda t: {"fix": Priority.HIGH, "docs": Priority.LOW, "ship": Priority.NORMAL}[t], reverse=True))
print("compare with int:", Priority.NORMAL > 1, Priority.LOW + Priority.HIGH, max(Priority))
try:
    @unique
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("unique:", e)

p = Phase.DRAFT
trail = [p]
for target in (Phase.REVIEW, Phase.DRAFT, Phase.REVIEW, Phase.PUBLISHED, Phase.ARCHIVED):
    p = p.advance(target)
    trail.append(p)
print("trail:", " -> ".join(x.value for x in trail))
try:
    Phase.ARCHIVED.advance(Phase.DRAFT)
except ValueError as e:
    print("ValueError:", e)
print(Phase("review"), Phase["PUBLISHED"], Phase.REVIEW.name, repr(Phase.DRAFT))
print(isinstance(Phase.DRAFT, Phase), type(Phase.DRAFT).__name__, len(Phase), Phase.DRAFT in Phase)


class Color(Enum):
    RED = auto()
    GREEN = auto()

    def __str__(self):
        return self.name.lower()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls.__members__.get(value.upper())
        return None


print(Color("green"), Color(1), f"{Color.RED}", [c.value for c in Color])
print({Phase.DRAFT: 1}[Phase("draft")], hash(Perm.R) == hash(4), Perm.R == 4)
