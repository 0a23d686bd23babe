from __future__ import annotations

import math
from abc import ABC, abstractmethod
from numbers import Number


class Tensorish(ABC):
    @property
    @abstractmethod
    def shape(self): ...

    def __len__(self):
        return self.shape[0]

    def describe(self):
        return f"{type(self).__name__} of shape {self.shape}"


class Vector(Tensorish):
    __slots__ = ("_items",)
    __match_args__ = ("x", "y")

    def __init__(self, *items):
        if len(items) == 1 and not isinstance(items[0], Number):
            items = tuple(items[0])
        self._items = tuple(items)

    @property
    def shape(self):
        return (len(self._items),)

    @property
    def x(self):
        return self._items[0]

    @property
    def y(self):
        return self._items[1]

    def __repr__(self):
        return f"Vector({', '.join(map(repr, self._items))})"

    def __str__(self):
        return "<" + ", ".join(f"{v:g}" for v in self._items) + ">"

    def __format__(self, spec):
        if spec.endswith("p"):
            r, theta = abs(self), math.atan2(self.y, self.x)
            inner = spec[:-1]
            return f"<{r:{inner}}, {theta:{inner}}>"
        return "(" + ", ".join(format(v, spec) for v in self._items) + ")"

    def __iter__(self):
        return iter(self._items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Vector(self._items[index])
        return self._items[index]

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return self._items == other._items

    def __hash__(self):
        return hash(self._items)

    def __abs__(self):
        return math.hypot(*self._items)

    def __bool__(self):
        return any(self._items)

    def __neg__(self):
        return Vector(-v for v in self)

    def __pos__(self):
        return self

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(a + b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, k):
        if isinstance(k, Number):
            return Vector(v * k for v in self)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(v / k for v in self)

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __contains__(self, value):
        return value in self._items


class Matrix(Tensorish):
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @classmethod
    def rotation(cls, degrees):
        t = math.radians(degrees)
        return cls([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]))

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(Vector(row) @ other for row in self.rows)
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __repr__(self):
        width = max(len(f"{v}") for row in self.rows for v in row)
        return "\n".join("[" + " ".join(f"{v:>{width}}" for v in row) + "]" for row in self.rows)


v = Vector(3, 4)
w = Vector([1.5, -2])
print(repr(v), str(w), abs(v), bool(Vector(0, 0)), -v, +w)
print(v + w, v - w, 2 * v, v * 0.5, v / 4, v @ w)
print(f"{v:.2f} {w:+.1e} {v:.3p}")
print(v[0], v[-1], v[::-1], 4 in v, 5 in v, len(v), list(v))
print(sorted([Vector(5, 5), Vector(1, 0), Vector(-3, 2)]))
print(max(Vector(1, 1), Vector(0, 2)), min([v, w], key=abs))
print({Vector(1, 2): "a", Vector(1, 2): "b"}, v == Vector(3, 4), v != w, v == (3, 4))
print(v.describe(), Matrix.identity(3).describe())
match w:
    case Vector(x, y) if x > 0:
        print("right half-plane", x, y)
    case _:
        print("left half-plane")
try:
    v + Vector(1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    v * "3"
except TypeError as e:
    print("TypeError:", e)
try:
    Tensorish()
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Matrix.identity(2))
except TypeError as e:
    print("TypeError:", e)

fib = Matrix([[1, 1], [1, 0]])
print(fib ** 10)
print("F(300) =", (fib ** 300).rows[0][1])
r = Matrix.rotation(90) @ Vector(1, 0)
print(f"{r:.6f}", [round(c, 9) for c in r])
print(Matrix([[1, 2], [3, 4]]) @ Matrix([[0, 1], [1, 0]]))
print(Matrix([[1, 2]]) == Matrix([[1, 2]]), Vector.__slots__, hasattr(v, "__dict__"))
