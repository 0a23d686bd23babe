"""A 3-D vector and quaternion library exercising Python's numeric
protocol: arithmetic and reflected operators, in-place updates, unary ops,
abs/round/bool, hashing and equality, formatting via __format__, and
rotating points with quaternions."""

import math
from numbers import Real


class Vec3:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = x, y, z

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z

    def __repr__(self):
        return f"Vec3({self.x!r}, {self.y!r}, {self.z!r})"

    def __format__(self, spec):
        spec = spec or "g"
        return "(" + ", ".join(format(c, spec) for c in self) + ")"

    def __eq__(self, other):
        if isinstance(other, Vec3):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self):
        return hash(tuple(self))

    def __add__(self, other):
        if not isinstance(other, Vec3):
            return NotImplemented
        return Vec3(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        if not isinstance(other, Vec3):
            return NotImplemented
        return Vec3(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        if isinstance(k, Real):
            return Vec3(self.x * k, self.y * k, self.z * k)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        if isinstance(k, Real):
            return Vec3(self.x / k, self.y / k, self.z / k)
        return NotImplemented

    def __matmul__(self, other):          # dot product
        return self.x * other.x + self.y * other.y + self.z * other.z

    def __xor__(self, o):                  # cross product
        return Vec3(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        self.z += other.z
        return self

    def __neg__(self):
        return Vec3(-self.x, -self.y, -self.z)

    def __pos__(self):
        return Vec3(*self)

    def __abs__(self):
        return math.sqrt(self @ self)

    def __bool__(self):
        return any(self)

    def __round__(self, n=None):
        return Vec3(*(round(c, n) for c in self))

    def __getitem__(self, i):
        return (self.x, self.y, self.z)[i]

    def normalized(self):
        length = abs(self)
        if not length:
            raise ZeroDivisionError("cannot normalize the zero vector")
        return self / length


class Quaternion:
    def __init__(self, w, x, y, z):
        self.w, self.v = w, Vec3(x, y, z)

    @classmethod
    def from_axis_angle(cls, axis, degrees):
        half = math.radians(degrees) / 2
        a = axis.normalized() * math.sin(half)
        return cls(math.cos(half), *a)

    def __mul__(self, q):
        w = self.w * q.w - self.v @ q.v
        v = q.v * self.w + self.v * q.w + (self.v ^ q.v)
        return Quaternion(w, *v)

    def conjugate(self):
        return Quaternion(self.w, *(-self.v))

    def rotate(self, point):
        p = Quaternion(0, *point)
        return (self * p * self.conjugate()).v

    def __repr__(self):
        return f"Quaternion({self.w:.4f}, {self.v:.4f})"


a, b = Vec3(1, 2, 3), Vec3(4, -5, 6)
print("a + b =", a + b, "| a - b =", a - b, "| 2 * a =", 2 * a, "| a * 0.5 =", a * 0.5)
print("a @ b =", a @ b, "| a ^ b =", a ^ b, "| (a ^ b) @ a =", (a ^ b) @ a)
print("|b| =", f"{abs(b):.6f}", "| -a =", -a, "| +a is a:", +a is a, "| bool(Vec3()):", bool(Vec3()))
print("round:", round(Vec3(1.23456, 2.5, -0.555), 2), round(Vec3(1.5, 2.5, 3.5)))
print(f"formatted: {b / 3:.3f} | {a} | {Vec3(1e-7, 1, 1e7):e}")
c = a
c += b
print("in-place mutates:", c is a, a)
print("hash/eq:", len({Vec3(1, 1, 1), Vec3(1.0, 1.0, 1.0), Vec3(1, 1, 2)}), Vec3(1, 2, 3) == (1, 2, 3))
print("unpack & index:", [*Vec3(7, 8, 9)], Vec3(7, 8, 9)[-1], max(Vec3(3, 9, 1)))
for bad in (lambda: a + 1, lambda: "s" * a, lambda: Vec3().normalized(), lambda: a / "2"):
    try:
        bad()
    except (TypeError, ZeroDivisionError) as e:
        print(f"{type(e).__name__}: {e}")

q = Quaternion.from_axis_angle(Vec3(0, 0, 1), 90)
print(q)
p = q.rotate(Vec3(1, 0, 0))
print("rotate x-axis 90° about z:", round(p, 10))
spin = Quaternion.from_axis_angle(Vec3(1, 1, 1), 120)
print("120° about (1,1,1) cycles axes:", [round(spin.rotate(v), 10) for v in (Vec3(1, 0, 0), Vec3(0, 1, 0))])
total = Quaternion(1, 0, 0, 0)
for _ in range(4):
    total = total * q
print("four 90° turns:", round(total.rotate(Vec3(3, 4, 5)), 9))
print("angle between a and b:", f"{math.degrees(math.acos((a @ b) / (abs(a) * abs(b)))):.3f}")
print(Vec3.__slots__, isinstance(2.5, Real), isinstance(True, Real), hasattr(Vec3(), "__dict__"))
