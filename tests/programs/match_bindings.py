# Names are bound only when the whole pattern matches (before the guard runs).


def first_unbound(v):
    match v:
        case [x, 3]:
            pass
        case _:
            pass
    try:
        return x
    except UnboundLocalError as e:
        return "unbound: " + str(e)


print(first_unbound([1, 2]), first_unbound([1, 3]))


def guard_binds(v):
    match v:
        case [a, {"k": b}] if b > 0:
            return "matched"
        case _:
            pass
    return a, b


print(guard_binds([1, {"k": 0}]))


def or_binds(v):
    match v:
        case [1, p, q] | [q, p, 2] | {"p": p, "q": q}:
            return p, q
    return None


print(or_binds([1, "p", "q"]), or_binds(["q", "p", 2]), or_binds({"q": 9, "p": 8}), or_binds(5))


def or_partial(v):
    match v:
        case [m, 1] | [2, m]:
            return ("matched", m)
        case _:
            pass
    try:
        return m
    except UnboundLocalError:
        return "m unbound"


print(or_partial([5, 1]), or_partial([2, 6]), or_partial([7, 7]))


def many(v):
    match v:
        case {"a": [a1, *arest], "b": ([b1] | (b1, _) | b1) as b, **others} if arest:
            return a1, arest, b1, b, others
        case Point(x=px, y=[py, *_] as ys) | Point(x=[px, *_] as ys, y=py):
            return px, py, ys
    return "none"


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


print(many({"a": [1, 2], "b": 3, "c": 4}))
print(many({"a": [1, 2], "b": [3], "c": 4}))
print(many({"a": [1], "b": 3}))
print(many(Point(1, [2, 3])))
print(many(Point([4, 5], 6)))
print(many(Point(1, 2)))

# Module level: a failed case leaves an earlier binding alone.
w = "before"
match [1, 2]:
    case [w, 3]:
        pass
print(w)
match (1, (2, 3)):
    case (w, (2, 4)) | (1, (w, 3)):
        print("or at module level", w)
