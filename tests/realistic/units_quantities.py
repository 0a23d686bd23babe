"""Physical quantities with units: operator overloading, numeric protocols and descriptors."""
import math
import numbers
import operator
from fractions import Fraction
from functools import total_ordering, reduce


class Dim(tuple):
    NAMES = ("m", "kg", "s")

    def __new__(cls, m=0, kg=0, s=0):
        return super().__new__(cls, (m, kg, s))

    def __mul__(self, other):
        return Dim(*map(operator.add, self, other))

    def __truediv__(self, other):
        return Dim(*map(operator.sub, self, other))

    def __pow__(self, n):
        return Dim(*(x * n for x in self))

    def __str__(self):
        parts = [f"{n}^{p}" if p != 1 else n for n, p in zip(self.NAMES, self) if p]
        return "·".join(parts) or "1"


@total_ordering
class Q(numbers.Number):
    __slots__ = ("value", "dim")

    def __init__(self, value, dim=Dim()):
        self.value = value
        self.dim = dim

    def _coerce(self, other):
        if isinstance(other, Q):
            return other
        if isinstance(other, (int, float, Fraction)):
            return Q(other)
        return NotImplemented

    def _same(self, other, op):
        other = self._coerce(other)
        if other is NotImplemented:
            return NotImplemented
        if other.dim != self.dim:
            raise TypeError(f"cannot {op} {self.dim} and {other.dim}")
        return other

    def __add__(self, other):
        other = self._same(other, "add")
        if other is NotImplemented:
            return other
        return Q(self.value + other.value, self.dim)

    __radd__ = __add__

    def __sub__(self, other):
        other = self._same(other, "subtract")
        if other is NotImplemented:
            return other
        return Q(self.value - other.value, self.dim)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Q(self.value * other.value, self.dim * other.dim)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Q(self.value / other.value, self.dim / other.dim)

    def __rtruediv__(self, other):
        return Q(other) / self

    def __floordiv__(self, other):
        other = self._same(other, "floor-divide")
        return Q(self.value // other.value)

    def __mod__(self, other):
        other = self._same(other, "mod")
        return Q(self.value % other.value, self.dim)

    def __divmod__(self, other):
        return self // other, self % other

    def __pow__(self, n, mod=None):
        return Q(self.value ** n, self.dim ** n)

    def __neg__(self):
        return Q(-self.value, self.dim)

    def __pos__(self):
        return self

    def __abs__(self):
        return Q(abs(self.value), self.dim)

    def __eq__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self.dim == other.dim and self.value == other.value

    def __lt__(self, other):
        other = self._same(other, "compare")
        return self.value < other.value

    def __hash__(self):
        return hash((self.value, self.dim))

    def __bool__(self):
        return bool(self.value)

    def __float__(self):
        if self.dim != Dim():
            raise TypeError(f"quantity with unit {self.dim} is not a plain number")
        return float(self.value)

    def __round__(self, ndigits=None):
        return Q(round(self.value, ndigits), self.dim)

    def __trunc__(self):
        return Q(math.trunc(self.value), self.dim)

    def __floor__(self):
        return Q(math.floor(self.value), self.dim)

    def __ceil__(self):
        return Q(math.ceil(self.value), self.dim)

    def __format__(self, spec):
        return f"{format(self.value, spec)} {self.dim}"

    def __repr__(self):
        return f"Q({self.value!r}, {self.dim})"


m, kg, s = Q(1, Dim(m=1)), Q(1, Dim(kg=1)), Q(1, Dim(s=1))
N = kg * m / s ** 2
J = N * m
distance = 100 * m
time = Q(9.58) * s
speed = distance / time
print(f"speed {speed:.3f}", repr(speed))
force = Q(75) * kg * Q(9.81) * m / s ** 2
print(f"force {force:.1f}", force == Q(735.75, N.dim), force.dim == N.dim)
work = force * Q(3) * m
print(f"work {work:,.2f}", (work / J).dim, float(work / J))
print(sum([m, 2 * m, Q(0.5) * m], Q(0, m.dim)), reduce(operator.mul, [m, m, m]))
print(sorted([3 * m, m, 2 * m]), max(Q(2) * s, Q(1.5) * s), Q(5) * m >= Q(5) * m, Q(1) * m != Q(1) * s)
print(round(Q(2.71828) * m, 2), math.floor(Q(2.7) * m), math.ceil(Q(2.1) * s), math.trunc(Q(-2.9) * kg), abs(Q(-3) * m), -speed)
print(divmod(Q(17) * m, Q(5) * m), Q(7) * m % (Q(2) * m), 1 / s, 2 - Q(0.5), Q(Fraction(1, 3)) * 3 * m)
for expr in ["m + s", "float(m)", "m < s", "m + 'x'", "'x' * m", "m @ m"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(f"{expr}: TypeError: {e}")
print(bool(Q(0) * m), bool(m), len({m, Q(1, Dim(m=1)), s}), isinstance(m, numbers.Number), isinstance(m, numbers.Real))
print(str(Dim(m=2, s=-1)), Dim(1, 2, 3) * Dim(1, 0, 0), Dim() == Dim(0, 0, 0), hash(Dim()) == hash((0, 0, 0)))
try:
    m.extra = 1
except AttributeError as e:
    print("AttributeError:", e)


class Celsius:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        setattr(obj, self.private, round(value, 2))


class Reading:
    temp = Celsius()
    other = Celsius()

    def __init__(self, temp):
        self.temp = temp

    @property
    def fahrenheit(self):
        return self.temp * 9 / 5 + 32


r = Reading(21.456)
print(r.temp, r.fahrenheit, vars(r), type(Reading.temp).__name__, Reading.other.private)
try:
    r.temp = -300
except ValueError as e:
    print("ValueError:", e)


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    def __contains__(self, value):
        return any(value in row for row in self.rows)

    def __reversed__(self):
        return reversed([list(reversed(r)) for r in self.rows])

    def __index__(self):
        return len(self.rows)

    def __repr__(self):
        return f"Matrix({self.rows})"


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
c = a
c @= b
print(a @ b, c is a, a[1, 0], list(a), 4 in a, 9 in a, list(reversed(a)), [10, 20, 30][Matrix([[1]])], bin(a), len(a))


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(Seq()), 9 in Seq(), 5 in Seq(), [x for x in Seq() if x], iter(Seq()).__class__.__name__)


class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}?>"


d = Defaults(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, "{a} {b}".format_map(d))
