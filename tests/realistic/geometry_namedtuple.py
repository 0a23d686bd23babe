"""2D geometry with collections.namedtuple and typing.NamedTuple."""
from __future__ import annotations

import math
from collections import namedtuple
from typing import NamedTuple, Iterable, List, Optional, Tuple


class Vec(NamedTuple):
    x: float
    y: float

    def __add__(self, other: Vec) -> Vec:
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other: Vec) -> Vec:
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k: float) -> Vec:
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def dot(self, other: Vec) -> float:
        return self.x * other.x + self.y * other.y

    def cross(self, other: Vec) -> float:
        return self.x * other.y - self.y * other.x

    @property
    def norm(self) -> float:
        return math.hypot(self.x, self.y)

    def rotated(self, degrees: float) -> Vec:
        t = math.radians(degrees)
        c, s = math.cos(t), math.sin(t)
        return Vec(round(self.x * c - self.y * s, 9), round(self.x * s + self.y * c, 9))


class Segment(NamedTuple):
    a: Vec
    b: Vec

    @property
    def length(self) -> float:
        return (self.b - self.a).norm

    def intersection(self, other: Segment) -> Optional[Vec]:
        r, s = self.b - self.a, other.b - other.a
        denom = r.cross(s)
        if denom == 0:
            return None
        t = (other.a - self.a).cross(s) / denom
        u = (other.a - self.a).cross(r) / denom
        if 0 <= t <= 1 and 0 <= u <= 1:
            return self.a + r * t
        return None


class Circle(NamedTuple):
    center: Vec
    radius: float = 1.0

    def contains(self, p: Vec) -> bool:
        return (p - self.center).norm <= self.radius + 1e-12

    @property
    def area(self) -> float:
        return math.pi * self.radius ** 2


BBox = namedtuple("BBox", ["left", "bottom", "right", "top"])
Polygon = namedtuple("Polygon", "name vertices", defaults=((),))
Color = namedtuple("Color", "r g b a", defaults=(255,))


def bbox(points: Iterable[Vec]) -> BBox:
    pts = list(points)
    xs, ys = [p.x for p in pts], [p.y for p in pts]
    return BBox(min(xs), min(ys), max(xs), max(ys))


def shoelace(vertices: List[Vec]) -> float:
    n = len(vertices)
    return sum(vertices[i].cross(vertices[(i + 1) % n]) for i in range(n)) / 2


def convex_hull(points: List[Vec]) -> List[Vec]:
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def half(seq):
        hull: List[Vec] = []
        for p in seq:
            while len(hull) >= 2 and (hull[-1] - hull[-2]).cross(p - hull[-2]) <= 0:
                hull.pop()
            hull.append(p)
        return hull
    lower, upper = half(pts), half(reversed(pts))
    return lower[:-1] + upper[:-1]


def centroid(vertices: List[Vec]) -> Vec:
    a = shoelace(vertices)
    n = len(vertices)
    cx = sum((vertices[i].x + vertices[(i + 1) % n].x) * vertices[i].cross(vertices[(i + 1) % n]) for i in range(n))
    cy = sum((vertices[i].y + vertices[(i + 1) % n].y) * vertices[i].cross(vertices[(i + 1) % n]) for i in range(n))
    return Vec(round(cx / (6 * a), 6), round(cy / (6 * a), 6))


def closest_pair(points: List[Vec]) -> Tuple[float, Tuple[Vec, Vec]]:
    best = (math.inf, (points[0], points[0]))
    for i, p in enumerate(points):
        for q in points[i + 1:]:
            d = (p - q).norm
            if d < best[0]:
                best = (d, (p, q))
    return best


v, w = Vec(3, 4), Vec(1, -2)
print(v, v + w, v - w, v * 2, 0.5 * v, v.norm, v.dot(w), v.cross(w), v.rotated(90))
print(v._asdict(), v._replace(y=0), Vec._fields, Vec._field_defaults, Vec._make([7, 8]))
x, y = v
print(x, y, v[0], v[-1], len(v), v == (3, 4), isinstance(v, tuple), hash(v) == hash((3, 4)))
print(Vec.__annotations__ if hasattr(Vec, "__annotations__") else None)

s1 = Segment(Vec(0, 0), Vec(4, 4))
s2 = Segment(Vec(0, 4), Vec(4, 0))
s3 = Segment(Vec(5, 5), Vec(6, 9))
print("length:", round(s1.length, 6), "intersect:", s1.intersection(s2), s1.intersection(s3),
      Segment(Vec(0, 0), Vec(1, 1)).intersection(Segment(Vec(1, 0), Vec(2, 1))))

c = Circle(Vec(0, 0), 5)
print(c, Circle(Vec(1, 1)), round(c.area, 4), [c.contains(p) for p in (Vec(3, 4), Vec(4, 4), Vec(0, -5))])

square = [Vec(0, 0), Vec(4, 0), Vec(4, 4), Vec(0, 4)]
tri = [Vec(0, 0), Vec(6, 0), Vec(0, 3)]
print("areas:", shoelace(square), shoelace(tri), shoelace(list(reversed(tri))))
print("centroids:", centroid(square), centroid(tri))
print("bbox:", bbox(tri), bbox(square)._asdict())

cloud = [Vec((i * 37) % 11, (i * 53) % 7) for i in range(20)]
hull = convex_hull(cloud)
print("hull:", [tuple(p) for p in hull], "area:", shoelace(hull))
d, (p, q) = closest_pair(cloud[:10])
print(f"closest pair: {tuple(p)} {tuple(q)} d={d:.4f}")

poly = Polygon("tri", tuple(tri))
print(poly, Polygon("empty"), Polygon._field_defaults)
red = Color(255, 0, 0)
print(red, red._replace(a=128), Color._make((1, 2, 3, 4)), sorted([Color(3, 2, 1), Color(1, 2, 3)]))
Pair = namedtuple("Pair", "first, second class", rename=True)
print(Pair._fields, Pair(1, 2, 3))
try:
    Vec(1)
except TypeError as e:
    print("TypeError:", e)
try:
    v.x = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    namedtuple("Bad", "x x")
except ValueError as e:
    print("ValueError:", e)
print(sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)]), max(cloud), min(cloud, key=lambda p: p.norm))
print(dict(zip(BBox._fields, bbox(cloud))), repr(BBox(1, 2, 3, 4)))
