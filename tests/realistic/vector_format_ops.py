"""A 2-D/3-D vector and matrix library with the full set of special methods."""
import math
from functools import total_ordering, reduce
from numbers import Real


class Vector:
    __slots__ = ("_c",)
    typecode = "d"

    def __init__(self, *components):
        if len(components) == 1 and not isinstance(components[0], Real):
            components = tuple(components[0])
        self._c = tuple(float(x) for x in components)

    def __iter__(self):
        return iter(self._c)

    def __len__(self):
        return len(self._c)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return type(self)(self._c[index])
        return self._c[index]

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(format(x, 'g') for x in self)})"

    def __str__(self):
        return str(self._c)

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __hash__(self):
        return reduce(lambda a, b: a ^ b, map(hash, self._c), 0)

    def __abs__(self):
        return math.hypot(*self)

    def __bool__(self):
        return bool(abs(self))

    def __neg__(self):
        return type(self)(-x for x in self)

    def __pos__(self):
        return type(self)(self)

    def __add__(self, other):
        try:
            return type(self)(a + b for a, b in zip(self, other, strict=True))
        except (TypeError, ValueError):
            return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, scalar):
        if isinstance(scalar, Real):
            return type(self)(x * scalar for x in self)
        return NotImplemented

    def __rmul__(self, scalar):
        return self * scalar

    def __matmul__(self, other):
        if isinstance(other, Matrix):
            return NotImplemented
        return sum(a * b for a, b in zip(self, other, strict=True))

    def __truediv__(self, scalar):
        return self * (1 / scalar)

    def angle(self, n=0):
        r = math.hypot(*self[n:])
        a = math.atan2(r, self[n - 1])
        if n == len(self) - 1 and self[-1] < 0:
            return math.pi * 2 - a
        return a

    def __format__(self, spec=""):
        if spec.endswith("p"):
            spec = spec[:-1]
            coords = (abs(self), self.angle(1))
            outer = "<{}, {}>"
        elif spec.endswith("h"):
            spec = spec[:-1]
            coords = (abs(self),) + tuple(self.angle(n) for n in range(1, len(self)))
            outer = "<" + ", ".join("{}" for _ in coords) + ">"
        else:
            coords = self
            outer = "(" + ", ".join("{}" for _ in self) + ")"
        return outer.format(*(format(c, spec) for c in coords))


class Matrix:
    def __init__(self, rows):
        self.rows = [list(map(float, r)) for r in rows]
        widths = {len(r) for r in self.rows}
        if len(widths) != 1:
            raise ValueError(f"ragged matrix: row lengths {sorted(widths)}")

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def rotation(cls, degrees):
        t = math.radians(degrees)
        return cls([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(sum(a * b for a, b in zip(row, other)) for row in self.rows)
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __rmatmul__(self, vec):
        cols = list(zip(*self.rows))
        return Vector(sum(a * b for a, b in zip(vec, c)) for c in cols)

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
        return isinstance(other, Matrix) and all(
            math.isclose(a, b, abs_tol=1e-9) for ra, rb in zip(self.rows, other.rows) for a, b in zip(ra, rb))

    def __format__(self, spec):
        spec = spec or ".2f"
        cells = [[format(x + 0.0, spec) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + "  ".join(c.rjust(w) for c in r) + " ]" for r in cells)

    def __repr__(self):
        return f"Matrix({self.rows!r})"


v = Vector(3, 4)
w = Vector([1, -2])
print(repr(v), str(v), abs(v), bool(v), bool(Vector(0, 0)))
print(v + w, v - w, 2 * v, v * 0.5, -w, +w, v @ w, v / 4)
print(f"{v}", f"{v:.3f}", f"{v:.3ep}", f"{Vector(1, 1, 1):0.5fh}", format(w, "+.1f"))
print(v == Vector(3.0, 4.0), hash(v) == hash(Vector(3, 4)), len({v, Vector(3, 4), w}))
print(v[0], v[-1], repr(Vector(1, 2, 3, 4)[1:3]), list(reversed(Vector(1, 2, 3))))
try:
    v + Vector(1, 2, 3)
except TypeError as exc:
    print("TypeError:", exc)
print(sum([v, w, Vector(1, 1)], Vector(0, 0)), max([v, w], key=abs))

r90 = Matrix.rotation(90)
print(format(r90, ".3f"))
print(format(r90 @ v, ".6f"), format(v @ r90, ".6f"))
print(r90 ** 4 == Matrix.identity(2), r90 ** 2 == Matrix([[-1, 0], [0, -1]]))
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(int(fib.rows[0][1]), fib.shape)
print(format(Matrix([[1, 2, 3], [4, 5, 6]]) @ Matrix([[7, 8], [9, 10], [11, 12]]), "g"))
try:
    Matrix([[1, 2], [3]])
except ValueError as exc:
    print(exc)
print(repr(Matrix.identity(2)))
