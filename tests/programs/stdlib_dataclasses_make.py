import dataclasses
from dataclasses import dataclass, field, make_dataclass


def t(fn, label):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)


C = make_dataclass("C", [("x", int), "y", ("z", int, field(default=5))])
c = C(1, 2)
print(c, C.__name__, C.__module__, [f.type for f in dataclasses.fields(C)])
print(C.__doc__)

t(lambda: make_dataclass("D", [("a", int)], bases=(C,), frozen=True), "D bad")
D = make_dataclass("D", [("a", int, 0)], bases=(C,), order=True)
print(D(1, 2), D(1, 2) < D(1, 3), D.__mro__[1] is C)
E = make_dataclass("E", [("a", int)], namespace={"double": lambda self: self.a * 2}, frozen=True)
e = E(4)
print(e, e.double(), hash(e) == hash((4,)))
t(lambda: make_dataclass("X", ["a", "a"]), "dup")
t(lambda: make_dataclass("X", ["class"]), "keyword")
t(lambda: make_dataclass("X", ["1a"]), "ident")
t(lambda: make_dataclass("X", [("a", int, 1, 2)]), "invalid")


@dataclass(slots=True)
class S:
    x: int
    y: int = 0


s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))
t(lambda: setattr(s, "other", 1), "slots set")
s.y = 7
print(s, S(1) == S(1))


@dataclass(frozen=True, slots=True)
class FS:
    x: int


fs = FS(3)
print(fs, hash(fs) == hash((3,)))
t(lambda: setattr(fs, "x", 1), "frozen slots")


class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 100
        return getattr(obj, self.name, 100)

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 10)


@dataclass
class WithDesc:
    v: int = Desc()


print(WithDesc(), WithDesc(2))


@dataclass
class Plain:
    pass


print(Plain(), Plain() == Plain(), Plain.__doc__, dataclasses.fields(Plain))


@dataclass
class Selfish:
    self: int
    other: str = "o"


print(Selfish(1), Selfish(self=2))


@dataclass
class Counter:
    n: int = 0

    def bump(self):
        self.n += 1
        return self


print(Counter().bump().bump())


class NotDC:
    a: int = 1


@dataclass
class FromPlain(NotDC):
    b: int = 2


print(FromPlain(), [f.name for f in dataclasses.fields(FromPlain)])
print(dataclasses.is_dataclass(FromPlain), dataclasses.is_dataclass(NotDC()))


@dataclass
class Gen:
    items: list = field(default_factory=lambda: [0] * 3)
    n: int = field(default=0, repr=False)


g1, g2 = Gen(), Gen()
g1.items[0] = 5
print(g1, g2)
f0 = dataclasses.fields(Gen)[0]
print(f0.name, f0.type, f0.init, f0.repr, f0.compare, f0.hash, f0.kw_only)
