"""Command interpreter using structural pattern matching."""
from dataclasses import dataclass
from enum import Enum


class Color(Enum):
    RED = "red"
    GREEN = "green"


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    center: Point
    radius: float


@dataclass
class Rect:
    corner: Point
    w: int
    h: int


def describe(shape):
    match shape:
        case Circle(center=Point(0, 0), radius=r):
            return f"circle at origin r={r}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at ({x},{y})"
        case Circle():
            return "small circle"
        case Rect(Point(x, y), w, h) if w == h:
            return f"square {w} at {x},{y}"
        case Rect(corner=c, w=w, h=h):
            return f"rect {w}x{h} at {c}"
        case _:
            return f"unknown {type(shape).__name__}"


def run(command, state):
    match command.split():
        case []:
            return "empty"
        case ["quit" | "exit"]:
            state["running"] = False
            return "bye"
        case ["set", name, value]:
            state[name] = int(value) if value.lstrip("-").isdigit() else value
            return f"{name} := {state[name]!r}"
        case ["get", name] if name in state:
            return f"{name} = {state[name]!r}"
        case ["get", name]:
            return f"{name} undefined"
        case ["add", *nums] if nums:
            return str(sum(int(n) for n in nums))
        case ["color", ("red" | "green") as c]:
            return f"color {Color(c)}"
        case ["color", other]:
            return f"bad color {other}"
        case [cmd, *rest]:
            return f"unknown command {cmd!r} with {len(rest)} args"


def classify(value):
    match value:
        case None:
            return "None"
        case True | False:
            return f"bool {value}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float():
            return f"number {value}"
        case str() as s if not s:
            return "empty string"
        case str(s):
            return f"string of {len(s)}"
        case (x, y):
            return f"pair {x},{y}"
        case [x, y, *rest]:
            return f"seq starting {x},{y} (+{len(rest)})"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra={sorted(rest)}"
        case {"type": t}:
            return f"typed {t}"
        case {}:
            return "mapping"
        case Color.RED:
            return "the red color"
        case _:
            return "other"


shapes = [Circle(Point(0, 0), 5), Circle(Point(1, 2), 20), Circle(Point(3, 3), 1),
          Rect(Point(0, 0), 4, 4), Rect(Point(1, 1), 2, 3), "triangle"]
for s in shapes:
    print(describe(s))

state = {"running": True}
for cmd in ["", "set x 10", "set name Ann", "get x", "get y", "add 1 2 3", "add", "color red",
            "color blue", "frobnicate a b", "set neg -5", "get neg", "quit"]:
    print(f"{cmd!r:20} -> {run(cmd, state)}")
print(state)

for v in [None, True, -3, 7, 2.5, "", "hello", (1, 2), [1, 2, 3, 4], {"type": "user", "name": "bo", "age": 3},
          {"type": "admin"}, {"other": 1}, Color.RED, Color.GREEN, {1, 2}, [1]]:
    print(f"{v!r:45} {classify(v)}")


def http_status(code):
    match code:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as redirect:
            return f"redirect {redirect}"
        case c if 400 <= c < 500:
            return "client error"
        case _:
            return "server error or unknown"


print([http_status(c) for c in (200, 302, 404, 500, 204)])
point = Point(3, 4)
match point:
    case Point(x=0):
        print("on y axis")
    case Point(x=x, y=y) if x == y:
        print("diagonal")
    case Point(x=x, y=y):
        print(f"somewhere: {x}, {y}")
print(Point.__match_args__, Rect.__match_args__)
