"""Class hierarchy with abc, properties and __slots__."""
from abc import ABC, abstractmethod
import math
from functools import total_ordering


@total_ordering
class Shape(ABC):
    __slots__ = ("_name",)
    count = 0

    def __init__(self, name):
        self._name = name
        Shape.count += 1

    @property
    def name(self):
        return self._name

    @property
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{self.name}: area={self.area:.3f} perimeter={self.perimeter():.3f}"

    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return math.isclose(self.area, other.area)

    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area < other.area

    def __hash__(self):
        return hash(round(self.area, 9))

    def __repr__(self):
        fields = ", ".join(f"{s}={getattr(self, s)!r}" for cls in type(self).__mro__
                           for s in getattr(cls, "__slots__", ()) if not s.startswith("_"))
        return f"{type(self).__name__}({fields})"


class Circle(Shape):
    __slots__ = ("radius",)

    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    @property
    def area(self):
        return math.pi * self.radius ** 2

    def perimeter(self):
        return 2 * math.pi * self.radius

    @property
    def diameter(self):
        return self.radius * 2

    @diameter.setter
    def diameter(self, d):
        if d <= 0:
            raise ValueError("diameter must be positive")
        self.radius = d / 2


class Rectangle(Shape):
    __slots__ = ("width", "height")

    def __init__(self, width, height, name="rectangle"):
        super().__init__(name)
        self.width, self.height = width, height

    @property
    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)


class Square(Rectangle):
    __slots__ = ()

    def __init__(self, side):
        super().__init__(side, side, "square")

    @property
    def side(self):
        return self.width

    @side.setter
    def side(self, value):
        self.width = self.height = value

    @side.deleter
    def side(self):
        raise AttributeError("cannot delete side")


class Triangle(Shape):
    __slots__ = ("a", "b", "c", "__dict__")

    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides {a}, {b}, {c}")
        super().__init__("triangle")
        self.a, self.b, self.c = a, b, c

    @property
    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

    def perimeter(self):
        return self.a + self.b + self.c


class Incomplete(Shape):
    __slots__ = ()

    def perimeter(self):
        return 0


shapes = [Circle(1), Rectangle(2, 3.5), Square(2), Triangle(3, 4, 5), Circle(0.5), Square(1.5)]
for s in shapes:
    print(s.describe())
print("sorted:", [repr(s) for s in sorted(shapes)])
print("largest:", max(shapes), "smallest:", min(shapes))
print("Square(2) == Rectangle(1, 4):", Square(2) == Rectangle(1, 4), Square(2) >= Triangle(3, 4, 5))
print("unique areas:", len(set(shapes + [Square(2), Rectangle(4, 1)])))
print("Shape.count:", Shape.count)

c = Circle(2)
c.diameter = 10
print("radius after diameter=10:", c.radius, c.diameter)
for action in (lambda: setattr(c, "diameter", -1), lambda: setattr(c, "colour", "red"),
               lambda: setattr(c, "area", 3), lambda: Shape("x"), lambda: Incomplete("y"),
               lambda: Triangle(1, 2, 10), lambda: delattr(Square(3), "side"),
               lambda: Circle(1) < "big"):
    try:
        action()
        print("no error?")
    except (ValueError, AttributeError, TypeError) as e:
        msg = str(e)
        if "abstract" in msg:
            msg = msg.split(" with")[0]
        print(f"{type(e).__name__}: {msg}")

sq = Square(3)
sq.side = 4
print(sq.area, sq.width, sq.height, repr(sq))
t = Triangle(3, 4, 5)
t.note = "right triangle"
print(t.note, t.__dict__, hasattr(c, "__dict__"), Square.__slots__, Circle.__slots__)
print(isinstance(sq, Rectangle), issubclass(Square, Shape), Shape.__abstractmethods__ == frozenset({"area", "perimeter"}))
print(sorted(Incomplete.__abstractmethods__), Rectangle.__mro__[-2:])
print([k for k in ("radius", "width") if k in Circle.__dict__], type(Circle.__dict__["radius"]).__name__)


class Registry(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Registry and any("register_me" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class Plugin:
    def register_me(self):
        pass


Registry.register(int)
print(issubclass(Plugin, Registry), isinstance(3, Registry), issubclass(str, Registry))
