match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
    case (first, *_, last):
        pass
    case ():
        pass
    case []:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y, z=[a, b]):
        pass
    case a.b.C():
        pass
    case {"x": x, 1: one, -2: two, a.b: c, **rest}:
        pass
    case {}:
        pass
    case {**rest,}:
        pass
    case 1 | -1 | 1.5 | "s" "t" | b"b" | None | True | False:
        pass
    case Color.RED as c if c:
        pass
    case (1 | 2) as n:
        pass
    case [1, 2,]:
        pass
    case 1, 2:
        pass
    case 1, *rest:
        pass
    case *rest, 1:
        pass
    case (x):
        pass
    case _:
        pass
match x, y:
    case a, b: pass
match (x):
    case 1: pass
match -x:
    case 1: pass
match *a, b:
    case _: pass
match = 1
match.x = 2
match[1] = 3
match(1)
match: int = 4
case = 5
print(match, case)
match match:
    case case:
        pass
def f():
    match (yield):
        case _: pass
match [
    1,
    2,
]:
    case [
        1,
        x,
    ] if (
        x
    ):
        pass
match z:
    case -1 - 2j | 0 + 0j | 1.5j:
        pass
