# Mapping and class patterns.
import collections


def mapping(v):
    match v:
        case {}  if not v:
            return "empty mapping"
        case {"type": "point", "x": x, "y": y}:
            return f"point {x} {y}"
        case {"type": "circle", **rest}:
            return f"circle {sorted(rest.items())}"
        case {1: one, 2.0: two}:
            return f"numbers {one} {two}"
        case {"only": _, **rest} if rest:
            return f"more than only {rest}"
        case {"only": value}:
            return f"only {value}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


for v in [
    {}, {"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "c": 0},
    {1: "a", 2: "b"}, {True: "t", 2: "two"}, {"only": 1}, {"only": 1, "x": 2},
    {"z": 0}, [("type", "point")], "type", collections.OrderedDict(only=4),
    collections.defaultdict(int, {"only": 5}), collections.Counter("aab"),
]:
    print(mapping(v))


class Getter(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return super().get(key, default)


match Getter(a=1, b=2):
    case {"a": 1, "b": bb, **others}:
        print("custom get", bb, others, type(others).__name__)


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Plain:
    def __init__(self):
        self.a = 1

    @property
    def b(self):
        return self.a + 1

    @property
    def broken(self):
        raise AttributeError("nope")


def cls(v):
    match v:
        case Point3(0, 0, 0):
            return "origin 3d"
        case Point3(x, y, z=z) if z > 0:
            return f"3d above {x} {y} {z}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y {y}"
        case Point(x, y=0):
            return f"on x {x}"
        case Point(x=Point() as inner):
            return f"nested point {inner.x}"
        case Point():
            return "some point"
        case Plain(a=1, b=b):
            return f"plain b={b}"
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i) | float(i):
            return f"number {i}"
        case str(s):
            return f"str {s}"
        case list([a, *_]) | tuple((a, *_)):
            return f"sequence starting {a}"
        case dict({"k": k}):
            return f"dict k {k}"
        case object(missing=_):
            return "has missing"
        case _:
            return "other"


for v in [
    Point3(0, 0, 0), Point3(1, 2, 3), Point3(1, 2, -1), Point(0, 0), Point(0, 5),
    Point(7, 0), Point(Point(9, 9), 1), Point(1, 1), Plain(), True, -3, 4, 2.5,
    "s", [1, 2], (3,), {"k": "v"}, None,
]:
    print(cls(v))

match Plain():
    case Plain(broken=_):
        print("broken matched")
    case Plain(a=a):
        print("broken attribute is a failed match", a)


class MyInt(int):
    pass


match MyInt(5):
    case MyInt(n):
        print("int subclass matches itself", n, type(n).__name__)


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "anything"


class Virtual(metaclass=Meta):
    pass


for v in ["anything", "else"]:
    match v:
        case Virtual():
            print("virtual instance", v)
        case _:
            print("not virtual", v)


class Sized(dict):
    def __len__(self):
        print("len called")
        return 0

    def get(self, key, default=None):
        print("get called")
        return super().get(key, default)


match Sized(a=1):
    case {"a": 1}:
        print("matched despite len 0")
    case {**rest}:
        print("rest", rest)
