# collections.namedtuple: a real tuple subclass
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p), p == (1, 2), (1, 2) == p, p < (1, 3))
print(isinstance(p, tuple), isinstance(p, Point), type(p).__name__, Point.__name__, type(p) is Point)
print(Point._fields, Point._field_defaults, Point.__doc__, Point.x.__doc__, Point.__mro__)
print(p._asdict(), p._replace(y=5), p, Point._make([7, 8]), Point._make(range(2)))
x, y = p
print(x, y, p + (3,), p * 2, p[:1], hash(p) == hash((1, 2)), p.count(1), p.index(2))
print(Point(x=3, y=4), Point(5, y=6), {p: "v"}[(1, 2)], sorted([Point(2, 1), Point(1, 2)]))
print(repr(Point(x="a", y=[1])), str(Point(0, 0)))

P3 = namedtuple("P3", "a b c", defaults=[0, None])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
Single = namedtuple("Single", "v")
print(Single(1), Single._fields, Single.__doc__)
Empty = namedtuple("Empty", [])
print(Empty(), Empty._fields, len(Empty()))
R = namedtuple("R", "a, b  c", rename=False)
print(R._fields)
Ren = namedtuple("Ren", ["ok", "def", "ok", "_x", "1y"], rename=True)
print(Ren._fields)
print(Point.__module__, Point.__qualname__, Point.__new__.__qualname__, Point._replace.__qualname__)

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, type(v).__name__, v._replace(x=0))

Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("ann", "eng", 10), Emp("bob", "ops", 7), Emp("cy", "eng", 12)]
print(max(staff, key=lambda e: e.salary).name, sorted(e.name for e in staff if e.dept == "eng"))
print([e._asdict()["salary"] for e in staff])

for f in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: Point(1, x=2),
          lambda: Point._make([1]), lambda: p._replace(z=1), lambda: namedtuple("P", "x x"),
          lambda: namedtuple("P", "_x"), lambda: namedtuple("P", "class"), lambda: namedtuple("1P", "x"),
          lambda: namedtuple("P", "a-b"), lambda: namedtuple("P", "a b", defaults=[1, 2, 3]),
          lambda: namedtuple("P", [1]), lambda: p.z):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
