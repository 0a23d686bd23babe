"""Geometry classes: ABCs with abstract properties, operator overloading, __format__,
singledispatch for area reports, cached_property, and class/static constructors."""
import math
from abc import ABC, abstractmethod
from functools import cached_property, singledispatch, total_ordering, partial, reduce
from numbers import Real


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y

    @classmethod
    def polar(cls, r, theta_deg):
        t = math.radians(theta_deg)
        return cls(round(r * math.cos(t), 12), round(r * math.sin(t), 12))

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __format__(self, spec):
        fmt, _, style = spec.partition(";")
        if style == "polar":
            return f"r={format(abs(self), fmt)} θ={format(math.degrees(math.atan2(self.y, self.x)), fmt)}°"
        return f"({format(self.x, fmt)}, {format(self.y, fmt)})"

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        if isinstance(k, Real):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and tuple(self) == tuple(o)

    def __hash__(self):
        return hash((self.x, self.y))

    def cross(self, o):
        return self.x * o.y - self.y * o.x


@total_ordering
class Shape(ABC):
    count = 0

    def __init__(self, name=None):
        type(self).count += 1
        Shape.count += 0
        self.name = name or f"{type(self).__name__.lower()}{type(self).count}"

    @property
    @abstractmethod
    def area(self): ...

    @property
    @abstractmethod
    def perimeter(self): ...

    def __lt__(self, other):
        return self.area < other.area

    def __eq__(self, other):
        return math.isclose(self.area, other.area)

    __hash__ = object.__hash__

    def __repr__(self):
        return f"<{type(self).__name__} {self.name} area={self.area:.3f}>"


class Circle(Shape):
    def __init__(self, r, center=Vec(), name=None):
        super().__init__(name)
        self.r, self.center = r, center

    area = property(lambda self: math.pi * self.r ** 2)
    perimeter = property(lambda self: 2 * math.pi * self.r)


class Polygon(Shape):
    def __init__(self, *points, name=None):
        if len(points) < 3:
            raise ValueError(f"a polygon needs 3 points, got {len(points)}")
        super().__init__(name)
        self.points = [p if isinstance(p, Vec) else Vec(*p) for p in points]

    @cached_property
    def area(self):
        print(f"   (computing area of {self.name})")
        pts = self.points
        return abs(sum(a.cross(b) for a, b in zip(pts, pts[1:] + pts[:1]))) / 2

    @property
    def perimeter(self):
        pts = self.points
        return sum(abs(b - a) for a, b in zip(pts, pts[1:] + pts[:1]))

    @property
    def centroid(self):
        return reduce(Vec.__add__, self.points) / len(self.points)


class Rect(Polygon):
    def __init__(self, w, h, name=None):
        super().__init__((0, 0), (w, 0), (w, h), (0, h), name=name)
        self.w, self.h = w, h

    @staticmethod
    def square(side):
        return Rect(side, side, name=f"square{side}")


@singledispatch
def describe(shape):
    return f"some shape {shape.name}"


@describe.register
def _(shape: Circle):
    return f"circle r={shape.r} at {shape.center:.1f}"


@describe.register(Polygon)
def _(shape):
    return f"{len(shape.points)}-gon centroid {shape.centroid:.2f}"


@describe.register(Rect)
def _(shape):
    return f"rect {shape.w}x{shape.h}"


v, w = Vec(3, 4), Vec.polar(2, 90)
print(v, w, v + w, v - w, 2 * v, v * 0.5, v * w, -v, abs(v), bool(Vec()), v == Vec(3.0, 4.0))
print(f"{v:.2f} | {v:.3g;polar} | {Vec(1, 1):.1f;polar}", len({v, Vec(3, 4), w}))
try:
    v * "x"
except TypeError as e:
    print("TypeError:", e)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)

shapes = [Circle(1), Rect(3, 2), Polygon((0, 0), (4, 0), (0, 3)), Rect.square(2), Circle(0.5, Vec(1, 1), name="dot")]
for s in shapes:
    print(f"{s.name:<9} {type(s).__name__:<8} A={s.area:8.3f} P={s.perimeter:7.3f}  {describe(s)}")
print(sorted(shapes))
print(max(shapes).name, min(shapes, key=lambda s: s.perimeter).name, Rect(2, 2) == Rect.square(2))
print(Shape.count, Circle.count, Rect.count, Polygon.count)
tri = shapes[2]
print(tri.area, tri.area, "area" in vars(tri))
del tri.area
print(tri.area)
try:
    Polygon((0, 0), (1, 1))
except ValueError as e:
    print("ValueError:", e)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
scale = partial(Vec.__mul__, k=3) if False else partial(lambda k, p: p * k, 3)
print(list(map(scale, [Vec(1, 0), Vec(0, 2)])), describe.dispatch(Rect).__name__, sorted(t.__name__ for t in describe.registry if t is not object))
