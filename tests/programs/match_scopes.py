# Where captured names are bound: functions, closures, module, class bodies,
# generators and comprehension-free code.


def f(v):
    match v:
        case [x, y]:
            pass
        case x:
            y = None
    return x, y


print(f([1, 2]), f(3))


def outer(v):
    def inner():
        return captured

    match v:
        case {"a": captured}:
            pass
        case _:
            captured = "default"
    return inner()


print(outer({"a": 42}), outer(0))

counter = 0


def bump(v):
    global counter
    match v:
        case int(counter):
            pass
    return counter


print(bump(7), counter)


class K:
    match (1, 2):
        case (first, second):
            total = first + second


print(K.first, K.second, K.total)

match {"name": "x", "size": 3}:
    case {"name": module_name, "size": module_size}:
        pass
print(module_name, module_size)


def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case [*parts] if parts:
                yield "+".join(map(str, parts))
            case str() as s:
                x = yield s.upper()
                if x is not None:
                    yield f"sent {x}"
            case _:
                yield "?"


print(list(gen([(1, 2), [3, 4, 5], "abc", 5, []])))
g = gen(["hi"])
print(next(g), g.send("data"))


def loop_control(values):
    out = []
    for v in values:
        match v:
            case 0:
                continue
            case -1:
                break
            case n if n > 10:
                out.append("big")
                continue
            case n:
                out.append(n)
    else:
        out.append("done")
    return out


print(loop_control([1, 0, 2, 20, 3]), loop_control([1, -1, 2]))


def ret(v):
    while True:
        match v:
            case [x, *_]:
                return x
            case _:
                return None


print(ret([9, 8]), ret(5))


def guard_side_effects(v):
    seen = []
    match v:
        case [x, y] if seen.append("first guard") or x > y:
            return "first", seen
        case [x, y] if (z := x + y) > 3:
            seen.append("second guard")
            return f"second {z}", seen
        case _:
            return "none", seen


print(guard_side_effects([1, 2]), guard_side_effects([2, 1]), guard_side_effects([1, 3]))

# The subject is evaluated once.
calls = []


def subject():
    calls.append(1)
    return [1, 2]


match subject():
    case [1]:
        pass
    case [1, 2, 3]:
        pass
    case [1, b]:
        print("matched after", len(calls), "evaluation", b)

# A failed case leaves names of earlier successful cases alone.
match 5:
    case int(q) if q > 10:
        pass
    case int():
        print("q after failed guard", q)

# Exceptions inside patterns and guards propagate with the usual traceback handling.
class Boom:
    __match_args__ = ("a",)

    @property
    def a(self):
        raise ValueError("boom")


try:
    match Boom():
        case Boom(1):
            pass
except ValueError as e:
    print("caught", e)

try:
    match 1:
        case x if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("guard raised", e)
