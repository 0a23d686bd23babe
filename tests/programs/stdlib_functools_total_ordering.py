# functools.total_ordering and cached_property
from functools import total_ordering, cached_property

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a > b, a <= c, a >= c, b >= a, b <= a, a == c, a != b)
print(sorted([b, a, Version(0, 9)]), max(a, b), min([b, a]))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__)
print(Version.__gt__.__doc__)
print(a.__lt__(5), a.__gt__(5))

@total_ordering
class Desc:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __eq__(self, other):
        return self.v == other.v
print(Desc(1) < Desc(2), Desc(2) <= Desc(2), Desc(3) >= Desc(4), Desc(1) > Desc(0))

@total_ordering
class ByLe:
    def __init__(self, v):
        self.v = v
    def __le__(self, other):
        return self.v <= other.v
    def __eq__(self, other):
        return self.v == other.v
print(ByLe(1) < ByLe(2), ByLe(2) > ByLe(1), ByLe(2) >= ByLe(2), ByLe(3) < ByLe(3))

@total_ordering
class ByGe:
    def __init__(self, v):
        self.v = v
    def __ge__(self, other):
        return self.v >= other.v
print(ByGe(1) < ByGe(2), ByGe(2) > ByGe(1), ByGe(2) <= ByGe(2))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)

try:
    Version(1) < 5
except TypeError as e:
    print("TypeError", e)

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @cached_property
    def area(self):
        "The area."
        self.computed += 1
        return 3 * self.r * self.r

ci = Circle(2)
print(ci.area, ci.area, ci.computed, "area" in ci.__dict__, Circle.area.__doc__)
del ci.area
print(ci.area, ci.computed)
ci.area = 100
print(ci.area, type(Circle.area).__name__, Circle.area.attrname)
