"""Shape hierarchy with a registry metaclass, descriptors and __slots__."""
import math
from abc import ABC, abstractmethod, ABCMeta
from functools import cached_property, singledispatchmethod
from numbers import Number, Real


class Positive:
    """Data descriptor that validates a positive number."""

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, Real) or value <= 0:
            raise ValueError(f"{self.public} must be a positive number, got {value!r}")
        setattr(obj, self.private, value)


class Registry(ABCMeta):
    shapes = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if not getattr(cls, "__abstractmethods__", None):
            mcls.shapes[kw.get("key", name.lower())] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj._serial = type(cls).counter = getattr(type(cls), "counter", 0) + 1
        return obj


class Shape(ABC, metaclass=Registry):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def __repr__(self):
        fields = ", ".join(f"{k}={getattr(self, k)!r}" for k in self.describe())
        return f"{type(self).__name__}({fields})"

    def describe(self):
        return []

    def __lt__(self, other):
        return self.area() < other.area()

    def __init_subclass__(cls, /, **kwargs):
        kwargs.pop("key", None)
        super().__init_subclass__(**kwargs)
        cls.sides_label = f"{cls.__name__.lower()}-shape"


class Circle(Shape, key="round"):
    r = Positive()

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def describe(self):
        return ["r"]


class Rect(Shape):
    w = Positive()
    h = Positive()

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def describe(self):
        return ["w", "h"]

    @cached_property
    def diagonal(self):
        print("  (computing diagonal)")
        return math.hypot(self.w, self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

    def describe(self):
        return ["w"]


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    @singledispatchmethod
    def move(self, arg):
        raise TypeError(f"cannot move by {type(arg).__name__}")

    @move.register
    def _(self, arg: tuple):
        return Point(self.x + arg[0], self.y + arg[1])

    @move.register(int)
    @move.register(float)
    def _(self, arg):
        return Point(self.x + arg, self.y + arg)


print(sorted(Registry.shapes))
shapes = [Circle(1.5), Rect(2, 3.5), Square(2), Registry.shapes["round"](0.5)]
for s in sorted(shapes):
    print(f"{s!r:<22} area={s.area():8.3f} perim={s.perimeter():7.3f} #{s._serial} {s.sides_label}")
r = shapes[1]
print(r.diagonal, r.diagonal, "diagonal" in vars(r))
for bad in (lambda: Circle(-1), lambda: Rect(1, "2"), lambda: Shape()):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(isinstance(Circle.r, Positive), Circle.r.public, type(Circle).__name__)
print(issubclass(Square, Shape), Square.__mro__[1].__name__, Shape.__abstractmethods__ == frozenset({"area", "perimeter"}))
p = Point(1, 2)
print(p.move((3, 4)), p.move(10), p.move(0.5))
try:
    p.move("x")
except TypeError as e:
    print(e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), Point.__slots__, type(Point.x).__name__)
print(isinstance(3, Number), isinstance(2.5, Real), isinstance(1j, Real))
