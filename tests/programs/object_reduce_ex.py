# object.__reduce_ex__ / __reduce__ on builtin values and plain instances: what
# copy- and pickle-style code reads from them, as CPython gives it.
import copyreg


def show(label, r):
    if isinstance(r, str):
        print(label, repr(r))
        return
    func = r[0]
    name = getattr(func, "__qualname__", repr(func))
    rest = []
    for part in r[1:]:
        if hasattr(part, "__next__"):
            rest.append(list(part))
        else:
            rest.append(part)
    print(label, name, rest)


def attempt(label, f):
    try:
        show(label, f())
    except TypeError as e:
        print(label, "TypeError", e)


values = [1, 2**80, True, 1.5, 2j, "ab", b"xy", (1, 2), [1, 2], {"k": 1}, None,
          {3}, frozenset([4]), bytearray(b"q"), bytearray(), range(1, 9, 2),
          slice(1, 5), Ellipsis, NotImplemented, len, object()]
for v in values:
    for proto in (0, 2, 3, 4):
        attempt(f"{type(v).__name__}/{proto}", lambda: v.__reduce_ex__(proto))
for v in ([1], 1, {2}):
    attempt(f"{type(v).__name__} __reduce__", lambda: v.__reduce__())


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][0] is Point, r[2], r[3:], len(r))
r = p.__reduce_ex__(1)
print(r[0] is copyreg._reconstructor, r[1][0] is Point, r[1][1:], r[2])
print(Point.__new__(Point).__reduce_ex__(2)[2])


class Custom:
    def __reduce__(self):
        return (Custom, ())


print(Custom().__reduce_ex__(2)[0] is Custom, Custom().__reduce_ex__(0)[1])


class Tagged(list):
    pass


t = Tagged([1, 2])
t.tag = "x"
r = t.__reduce_ex__(2)
print(r[1][0] is Tagged, r[2], list(r[3]))
gen = (i for i in [])
for proto in (0, 2):
    attempt(f"generator/{proto}", lambda: gen.__reduce_ex__(proto))
attempt("function", lambda: (lambda: 0).__reduce_ex__(2))
attempt("bad protocol", lambda: (1).__reduce_ex__("2"))
attempt("no protocol", lambda: (1).__reduce_ex__())
