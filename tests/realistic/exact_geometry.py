"""Exact plane geometry with Fractions: intersections, areas, and point-in-polygon."""
from fractions import Fraction as F


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = F(x)
        self.y = F(y)

    def __sub__(self, other):
        return Point(self.x - other.x, self.y - other.y)

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def cross(self, other):
        return self.x * other.y - self.y * other.x

    def __repr__(self):
        return f"({self.x}, {self.y})"


def line_intersection(p1, p2, p3, p4):
    d1, d2 = p2 - p1, p4 - p3
    denom = d1.cross(d2)
    if denom == 0:
        return None
    t = (p3 - p1).cross(d2) / denom
    return Point(p1.x + t * d1.x, p1.y + t * d1.y)


def segment_intersection(p1, p2, p3, p4):
    d1, d2 = p2 - p1, p4 - p3
    denom = d1.cross(d2)
    if denom == 0:
        return None
    t = (p3 - p1).cross(d2) / denom
    u = (p3 - p1).cross(d1) / denom
    if 0 <= t <= 1 and 0 <= u <= 1:
        return Point(p1.x + t * d1.x, p1.y + t * d1.y), t
    return None


def area(poly):
    s = sum(poly[i].cross(poly[(i + 1) % len(poly)]) for i in range(len(poly)))
    return abs(s) / 2


def centroid(poly):
    a = F(0)
    cx = cy = F(0)
    for i in range(len(poly)):
        p, q = poly[i], poly[(i + 1) % len(poly)]
        c = p.cross(q)
        a += c
        cx += (p.x + q.x) * c
        cy += (p.y + q.y) * c
    a /= 2
    return Point(cx / (6 * a), cy / (6 * a))


def contains(poly, pt):
    inside = False
    for i in range(len(poly)):
        a, b = poly[i], poly[(i + 1) % len(poly)]
        if (a.y > pt.y) != (b.y > pt.y):
            x = a.x + (pt.y - a.y) * (b.x - a.x) / (b.y - a.y)
            if pt.x < x:
                inside = not inside
    return inside


tri = [Point(0, 0), Point(7, 1), Point(F(5, 2), F(13, 3))]
square = [Point(0, 0), Point(3, 0), Point(3, 3), Point(0, 3)]
print("triangle area:", area(tri), float(area(tri)))
print("triangle centroid:", centroid(tri))
print("square area / centroid:", area(square), centroid(square))
x = line_intersection(Point(0, 0), Point(1, 3), Point(0, 2), Point(5, F(1, 2)))
print("lines meet at", x, "=", (float(x.x), float(x.y)))
print("parallel:", line_intersection(Point(0, 0), Point(1, 1), Point(0, 1), Point(2, 3)))
hit = segment_intersection(Point(0, 0), Point(4, 4), Point(0, 4), Point(4, 0))
print("segments:", hit)
print("miss:", segment_intersection(Point(0, 0), Point(1, 1), Point(3, 0), Point(4, -5)))
for pt in [Point(1, 1), Point(F(7, 2), 2), Point(3, 1), Point(F(5, 2), F(13, 3) - F(1, 100))]:
    print(pt, "in triangle:", contains(tri, pt))
third = F(1, 3)
total = sum([third] * 3)
print(total, total == 1, 0.1 + 0.2 == 0.3, F("0.1") + F("0.2") == F("0.3"))
print(F(355, 113).limit_denominator(10), F(3.141592653589793).limit_denominator(1000), F("-2.75"), F(6, -8))
print(F(7, 3) // 1, F(7, 3) % 1, round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 2), F(1, 3) ** 2, F(4, 9) ** F(1, 2))
print(sorted([F(1, 2), F(1, 3), F(2, 3), F(-1, 4)]), max(F(5, 7), 0.7), F(3, 4).as_integer_ratio())
hexagon = [Point(2, 0), Point(1, 2), Point(-1, 2), Point(-2, 0), Point(-1, -2), Point(1, -2)]
print("hexagon area:", area(hexagon), "unique vertices:", len(set(hexagon + hexagon)))
