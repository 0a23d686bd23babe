"""Class-heavy shapes hierarchy with ABCs, properties, classmethods, dunder methods."""
from abc import ABC, abstractmethod
import math


class Shape(ABC):
    count = 0

    def __init__(self, name=None):
        Shape.count += 1
        self._id = Shape.count
        self.name = name or f"{type(self).__name__.lower()}{self._id}"

    @property
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def scale(self, k):
        raise NotImplementedError(f"{type(self).__name__} cannot scale")

    def __lt__(self, other):
        return self.area < other.area

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{type(self).__name__}({fields})"

    def __format__(self, spec):
        if spec == "short":
            return self.name
        return format(str(self), spec)

    def __str__(self):
        return f"{self.name}: area={self.area:.2f} perimeter={self.perimeter():.2f}"


class Circle(Shape):
    def __init__(self, r, name=None):
        super().__init__(name)
        self.r = r

    @property
    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def scale(self, k):
        return Circle(self.r * k, self.name + "'")

    @classmethod
    def unit(cls):
        return cls(1, "unit")


class Rect(Shape):
    def __init__(self, w, h, name=None):
        super().__init__(name)
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def scale(self, k):
        return type(self)(self.w * k, self.h * k)

    def __eq__(self, other):
        return isinstance(other, Rect) and (self.w, self.h) == (other.w, other.h)

    def __hash__(self):
        return hash((self.w, self.h))


class Square(Rect):
    def __init__(self, side, name=None):
        super().__init__(side, side, name)

    @property
    def side(self):
        return self.w

    @side.setter
    def side(self, value):
        if value <= 0:
            raise ValueError("side must be positive")
        self.w = self.h = value

    def scale(self, k):
        return Square(self.w * k)


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"sides {a}, {b}, {c} violate the triangle inequality")
        super().__init__()
        self.sides = (a, b, c)

    @property
    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def perimeter(self):
        return sum(self.sides)


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Incomplete(Shape):
    def perimeter(self):
        return 0


try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)

shapes = [Circle(2), Rect(3, 4), Square(2.5), Triangle(3, 4, 5), Circle.unit()]
for s in sorted(shapes):
    print(s)
print([f"{s:short}" for s in shapes])
print(f"{shapes[1]:>40}|")
print(repr(shapes[0]), repr(shapes[2]))
big = [s.scale(2) for s in shapes if not isinstance(s, Triangle)]
print(*big, sep="\n")
try:
    shapes[3].scale(2)
except NotImplementedError as e:
    print("NotImplementedError:", e)
sq = shapes[2]
sq.side = 10
print(sq.area, sq.side, sq == Rect(10, 10), Rect(10, 10) in {sq})
try:
    sq.side = -1
except ValueError as e:
    print(e)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print(e)
print(Square.__mro__)
print(isinstance(sq, Shape), issubclass(Square, Rect), Shape.count, Circle.unit().name)
print(Shape.__abstractmethods__, Incomplete.__abstractmethods__)
print(sorted(k for k in Square.__dict__ if not k.startswith("__")))
print(type(Rect.area), Circle.scale.__qualname__, Square.side.fset.__name__)
