"""HTTP-ish status codes and file permissions as global enums, with enum.property for derived data."""
import enum
from enum import Enum, IntEnum, IntFlag, StrEnum, global_enum, auto, unique


@global_enum
class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    WARN = 30
    ERROR = 40

    @enum.property
    def tag(self):
        return self.name[0]


@global_enum
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


@unique
class Status(Enum):
    OK = 200
    CREATED = 201
    NOT_FOUND = 404
    TEAPOT = 418
    UNAVAILABLE = 503

    @enum.property
    def family(self):
        return {2: "success", 4: "client error", 5: "server error"}[self.value // 100]

    @property
    def phrase(self):
        return self.name.replace("_", " ").title()


class Column(Enum):
    name = "varchar"
    value = "numeric"
    label = "text"


class Color(StrEnum):
    RED = auto()
    GREEN = auto()


print(DEBUG, repr(WARN), Level.ERROR, repr(Level.ERROR), f"{INFO}", INFO + 5, ERROR > WARN)
print([lv.tag for lv in Level], [f"{lv.name}:{lv.value}" for lv in sorted(Level, reverse=True)])
print(repr(R), repr(R | W), repr(R | W | X), repr(Perm(0)), repr(Perm(8 | 1)), str(R | X), int(R | W))
print(format(R | W, "03b"), oct(R | W | X), (R | W) & W, W in (R | W), list(Perm(7)))
for mode in (0o7, 0o5, 0o2):
    p = Perm(mode)
    print(f"{mode:o}", repr(p), "".join(flag.name if flag in p else "-" for flag in (R, W, X)))

for st in Status:
    print(f"{st.value} {st.phrase:<12} {st.family:<13} {st!r}")
print(Status(404).family, Status["TEAPOT"].phrase)
try:
    Status.OK.family = "x"
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    Status.family
except AttributeError as exc:
    print("AttributeError:", exc)
print(Column.name, Column.value, Column.label, Column.name.name, Column.name.value, Column.value.value, list(Column))
print(Column("text"), Column["value"], Column.label.name)
print(dir(Status.OK))
print(dir(Status))
print(Color.RED, repr(Color.GREEN), Color("green") is Color.GREEN, Color.RED.upper())
print([name for name in dir(Level) if not name.startswith("_")][:6])
