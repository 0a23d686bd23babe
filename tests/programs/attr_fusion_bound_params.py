# Attribute reads, method loads and attribute stores on parameters (fused with the
# parameter's load), `x is None` branches, and returns reached by a jump.
import sys
import traceback


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx):
        return Point(self.x + dx, self.y)


class Logged:
    def __init__(self, name):
        self.name = name

    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v)

    @property
    def upper(self):
        return self.name.upper()


def use(p, q, log):
    log.extra = p.x
    total = p.moved(2).x + q.y
    return total, log.upper, log.extra


print(use(Point(1, 2), Point(3, 4), Logged("ab")))


def show(f, *args):
    try:
        print(f(*args))
    except Exception:
        traceback.print_exc(file=sys.stdout)


def missing_attr(p):
    return p.z


def missing_method(p):
    return p.nothing(1)


def store_on_slots(p):
    p.z = 1


def rebound_by_except(p):
    try:
        raise KeyError("k")
    except KeyError as p:
        pass
    return p.x


def rebound_by_del(p, q):
    del p
    return q.x + p.x


show(missing_attr, Point(1, 2))
show(missing_method, Point(1, 2))
show(store_on_slots, Point(1, 2))
show(rebound_by_except, Point(1, 2))
show(rebound_by_del, Point(1, 2), Point(5, 6))


def kinds(x, y=None):
    out = []
    if x is None:
        out.append("x none")
    if x is not None:
        out.append("x set")
    if not (y is None):
        out.append("y set")
    if x is None or y is None:
        out.append("one none")
    if x is not None and y is not None:
        out.append("both")
    while y is not None:
        out.append(y)
        y = None
    return out


print(kinds(None), kinds(1), kinds(1, 2), kinds(None, 0))


def pick(c, a, b):
    if c:
        r = a
    else:
        return b
    return r


def cond(c, a, b):
    return a if c else b


def ends(c):
    if c:
        print("yes")
    else:
        print("no")


print(pick(True, 1, 2), pick(False, 1, 2), cond(1, "a", "b"), cond(0, "a", "b"))

ends(True)
ends(False)


def gen(p):
    if p.x is None:
        return
    yield p.x
    return p.y


print(list(gen(Point(7, 8))), list(gen(Point(None, 8))))
