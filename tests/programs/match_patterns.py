# Literal, capture, wildcard, value, group, sequence and or-patterns.
import collections


class Color:
    RED = "red"
    GREEN = "green"


class NS:
    Color = Color
    ZERO = 0


def literal(v):
    match v:
        case 0:
            return "int zero"
        case -2:
            return "minus two"
        case 1.5:
            return "one and a half"
        case "a" "b":
            return "ab"
        case b"xy":
            return "bytes xy"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 12345678901234567890123:
            return "big"
        case _:
            return "no literal"


for v in [0, 0.0, False, 1, True, 1.0, -2, 1.5, "ab", b"xy", None, 12345678901234567890123, "x"]:
    print(repr(v), literal(v))


def value(v):
    match v:
        case Color.RED:
            return "red"
        case NS.Color.GREEN:
            return "green"
        case NS.ZERO:
            return "zero"
        case (Color.RED | "blue") as c:
            return "??" + c
        case other:
            return "other " + repr(other)


for v in ["red", "green", 0, "blue", 3]:
    print(value(v))


def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case (first, *middle, last) if len(middle) > 2:
            return f"long {first} {middle} {last}"
        case [0, *_]:
            return "starts with zero"
        case [*init, 9]:
            return f"ends with nine {init}"
        case [[a, b], [c, d]]:
            return f"nested {a}{b}{c}{d}"
        case [1 | 2 | 3 as small, *rest]:
            return f"small {small} then {rest}"
        case _:
            return "no sequence"


values = [
    [], (), [1], (2,), [1, 2], "ab", b"ab", bytearray(b"ab"), [0, 1, 2],
    list(range(8)), [5, 6, 9], [[1, 2], [3, 4]], [3, 4, 5], range(3),
    collections.deque([7, 8]), {1: 2}, 42, "a", (4, 5, 6, 7),
]
for v in values:
    print(repr(v), seq(v))


class MyList(list):
    pass


match MyList([1, 2, 3]):
    case [a, *b]:
        print("subclass of list", a, b)

# Or-patterns binding the same names in different orders.
for v in [(1, 2), [2, "x"], {"k": 3}]:
    match v:
        case (1, n) | [n, "x"] | {"k": n}:
            print("or bound", n)

# Group patterns.
match 3:
    case (3):
        print("group")
match [1, 2]:
    case ([1, 2]):
        print("group of sequence")
match (1, (2, 3)):
    case (1, (2, z)):
        print("nested tuple", z)

# Bindings keep the value (not a copy).
items = [[1], [2]]
match items:
    case [a, b]:
        print(a is items[0], b is items[1])
