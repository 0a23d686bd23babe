import pprint
import types
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from dataclasses import dataclass, field

@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)
    secret: str = field(default="s", repr=False)

@dataclass
class Line:
    start: Point
    end: Point
    label: str = "line"

class CustomRepr:
    def __repr__(self):
        return "CustomRepr<" + "x" * 30 + ">"

class Plain:
    def __repr__(self):
        return "Plain-" + "z" * 40

@dataclass(repr=False)
class NoRepr(Plain):
    a: list

@dataclass
class OwnRepr:
    a: list
    def __repr__(self):
        return "OwnRepr(" + repr(self.a) + ")"

class MyOD(OrderedDict):
    pass

class MyDeque(deque):
    pass

class NS(types.SimpleNamespace):
    pass

objs = [
    OrderedDict([("alpha", list(range(6))), ("beta", {"x": 1, "y": [1, 2, 3]}), ("gamma", "text " * 5)]),
    OrderedDict(),
    MyOD(a=1, b=list(range(10))),
    defaultdict(list, {"k%d" % i: list(range(i)) for i in range(5)}),
    defaultdict(int),
    defaultdict(None, {"a": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}),
    Counter("the quick brown fox jumps over the lazy dog"),
    Counter(),
    ChainMap({"a": 1, "b": list(range(8))}, {"c": 3}, {}),
    ChainMap(),
    deque(range(20)),
    deque(range(12), maxlen=15),
    deque(),
    deque([[1, 2, 3], [4, 5, 6]] * 3, maxlen=10),
    MyDeque("abcdefghijkl"),
    Point(1, 2, ["a", "bb", "ccc", "dddd", "eeeee"]),
    Line(Point(0, 0, list(range(10))), Point(10, 20), "a long label for the line"),
    [Point(i, i * i) for i in range(4)],
    {"line": Line(Point(1, 1), Point(2, 2))},
    NoRepr(list(range(30))),
    OwnRepr(list(range(30))),
    b"abcdefghijklmnopqrstuvwxyz" * 3,
    b"abc",
    b"\x00\x01\x02\x03\xff" * 10,
    bytearray(b"hello world, this is a bytearray value" * 2),
    bytearray(b"ab"),
    [b"0123456789" * 4, bytearray(b"xy" * 30)],
    {"data": b"0123456789" * 5},
    types.MappingProxyType({"a": list(range(10)), "b": "x" * 20}),
    types.SimpleNamespace(name="widget", parts=list(range(12)), nested=types.SimpleNamespace(a=1, b=[1, 2] * 8)),
    types.SimpleNamespace(),
    NS(a=list(range(15))),
    [CustomRepr(), CustomRepr()],
    {"od": OrderedDict(a=[1] * 10), "dd": defaultdict(set, {1: {1, 2, 3}}), "dq": deque("xyz" * 7)},
    (deque([1, 2]), Counter({"a": 100, "b": 20000}), OrderedDict(z=1)),
]
for width in (1, 10, 20, 35, 50, 80):
    print("=== width", width)
    for o in objs:
        pprint.pprint(o, width=width)
for indent in (2, 4):
    print("=== indent", indent)
    for o in objs[:16]:
        pprint.pprint(o, width=30, indent=indent)
print("=== depth")
for o in objs:
    pprint.pprint(o, width=30, depth=2)
print("=== compact")
for o in objs:
    pprint.pprint(o, width=25, compact=True)
print(pprint.pformat(objs[0], width=40))
pprint.pp(objs[3], width=30)
