from dataclasses import dataclass, field, fields, KW_ONLY, FrozenInstanceError
import dataclasses


def t(fn, label):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(Point(3)), Point(x=5, y=6))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.y, Point.__match_args__, Point.__doc__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__hash__)
t(lambda: hash(p), "hash")
t(lambda: Point(), "missing")
t(lambda: Point(1, 2, 3), "too many")
t(lambda: Point(1, z=3), "unexpected")
t(lambda: Point(1, x=3), "multiple")
print([f.name for f in fields(Point)], [f.type for f in fields(p)])
print(dataclasses.is_dataclass(Point), dataclasses.is_dataclass(p), dataclasses.is_dataclass(3))
print(Point.__dataclass_params__)
print(sorted(Point.__dataclass_fields__))


@dataclass
class Q:
    a: int
    b: int
    c: int


t(lambda: Q(), "q3")
t(lambda: Q(1), "q2")
t(lambda: Q(1, 2, 3, 4), "q4")
t(lambda: Q(1, 2, 3, 4, a=1), "q4a")
t(lambda: Q(1, 2, 3, self=1), "self")


@dataclass
class K:
    x: int
    y: int = 0
    _: KW_ONLY
    z: int = 1
    w: int


print(K(1, w=2), K.__match_args__, K.__doc__)
t(lambda: K(1, 2, 3, q=1), "unexp+many")
t(lambda: K(1, 2, 3), "many")
t(lambda: K(1, 2, 3, w=1), "many+kw")
t(lambda: K(1, 2, 3, w=1, z=2), "many+kw2")
t(lambda: K(), "missing")
t(lambda: K(1), "missing kw")


@dataclass
class L:
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    hidden: int = field(default=7, compare=False)
    calc: int = field(init=False, default=0)
    fac: list = field(init=False, default_factory=lambda: [1])


a = L()
b = L()
a.items.append(1)
print(a, b, a.items is b.items, a.fac, L.hidden, L.calc)
print(L([1], hidden=9) == L([1]), hasattr(L, 'items'))
t(lambda: L(calc=3), "init false")
print(L.__doc__)


@dataclass(frozen=True)
class F:
    x: int
    y: str = "a"


f1 = F(1)
print(f1, hash(f1) == hash((1, "a")), f1 == F(1, "a"))
t(lambda: setattr(f1, "x", 3), "frozen set")
t(lambda: delattr(f1, "x"), "frozen del")
t(lambda: setattr(f1, "other", 3), "frozen other")
print(issubclass(FrozenInstanceError, AttributeError))
print({F(1): 1, F(1, "a"): 2})


@dataclass(order=True)
class O:
    a: int
    b: str = ""


print(sorted([O(3), O(1, "z"), O(1, "b")]))
print(O(1) < O(2), O(1) <= O(1), O(2) > O(1), O(1) >= O(2))
t(lambda: O(1) < 3, "order other")


@dataclass(eq=False)
class NE:
    x: int


n1 = NE(1)
print(n1 == NE(1), n1 == n1, type(hash(n1)).__name__)


@dataclass(unsafe_hash=True)
class UH:
    x: int
    y: list = field(default_factory=list, hash=False)


print(hash(UH(5)) == hash((5,)))


@dataclass(repr=False, init=False)
class NR:
    x: int = 3


print(NR().x, repr(NR()).startswith("<"))


@dataclass
class Custom:
    x: int

    def __repr__(self):
        return "custom"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5, Custom.__hash__)
