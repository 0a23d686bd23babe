"""A Polynomial class with arithmetic, evaluation, derivatives, division and root finding."""
from fractions import Fraction
from functools import total_ordering
from itertools import zip_longest
import math


@total_ordering
class Polynomial:
    __slots__ = ("coeffs",)

    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.coeffs = tuple(c) if c else (0,)

    @classmethod
    def from_roots(cls, *roots):
        p = cls(1)
        for r in roots:
            p *= cls(-r, 1)
        return p

    @property
    def degree(self):
        return -math.inf if self.coeffs == (0,) else len(self.coeffs) - 1

    def __call__(self, x):
        acc = 0
        for c in reversed(self.coeffs):
            acc = acc * x + c
        return acc

    def __add__(self, other):
        other = other if isinstance(other, Polynomial) else Polynomial(other)
        return Polynomial(*(a + b for a, b in zip_longest(self.coeffs, other.coeffs, fillvalue=0)))

    __radd__ = __add__

    def __neg__(self):
        return Polynomial(*(-c for c in self.coeffs))

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return -self + other

    def __mul__(self, other):
        if not isinstance(other, Polynomial):
            return Polynomial(*(c * other for c in self.coeffs))
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return Polynomial(*out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Polynomial(1)
        for _ in range(n):
            result *= self
        return result

    def __divmod__(self, other):
        num = [Fraction(c) for c in self.coeffs]
        den = other.coeffs
        if other.degree == -math.inf:
            raise ZeroDivisionError("polynomial division by zero")
        q = [Fraction(0)] * max(len(num) - len(den) + 1, 1)
        while len(num) >= len(den) and any(num):
            shift = len(num) - len(den)
            factor = num[-1] / den[-1]
            q[shift] = factor
            for i, d in enumerate(den):
                num[i + shift] -= factor * d
            num.pop()
        return Polynomial(*q), Polynomial(*num) if num else Polynomial(0)

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def __eq__(self, other):
        if not isinstance(other, Polynomial):
            return NotImplemented
        return self.coeffs == other.coeffs

    def __lt__(self, other):
        if not isinstance(other, Polynomial):
            return NotImplemented
        return (self.degree, self.coeffs[::-1]) < (other.degree, other.coeffs[::-1])

    def __hash__(self):
        return hash(self.coeffs)

    def derivative(self):
        return Polynomial(*(i * c for i, c in enumerate(self.coeffs) if i)) if len(self.coeffs) > 1 else Polynomial(0)

    def newton(self, x0, tol=1e-12, max_iter=100):
        d = self.derivative()
        x = x0
        for i in range(max_iter):
            dx = d(x)
            if dx == 0:
                raise ArithmeticError(f"zero derivative at x={x}")
            step = self(x) / dx
            x -= step
            if abs(step) < tol:
                return x, i + 1
        raise ArithmeticError("did not converge")

    def __repr__(self):
        return f"Polynomial{self.coeffs!r}"

    def __str__(self):
        terms = []
        for i, c in reversed(list(enumerate(self.coeffs))):
            if c == 0 and len(self.coeffs) > 1:
                continue
            sign = "-" if c < 0 else "+"
            c = abs(c)
            coef = "" if c == 1 and i else str(c)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append(f"{sign} {coef}{var}")
        s = " ".join(terms)
        return s[2:] if s.startswith("+") else "-" + s[2:]


p = Polynomial.from_roots(1, -2, 3)
q = Polynomial(1, 0, 1)
print(p, "|", repr(p), "| degree", p.degree)
print(q, "|", p + q, "|", p - q, "|", 2 * q - 1, "|", 1 - q)
print(p * q)
print((q ** 3), Polynomial(0), Polynomial(0).degree, Polynomial(0, 0, 0) == Polynomial())
print([p(x) for x in range(-3, 5)], p(Fraction(1, 2)), p(0.5), p(1j))
print("d/dx:", p.derivative(), "|", p.derivative().derivative(), "|", Polynomial(7).derivative())
quot, rem = divmod(p * q + Polynomial(3, 1), q)
print("divmod:", quot, "rem", rem, "|", repr(p // Polynomial(-1, 1)), p % Polynomial(-1, 1))
for x0 in (0.0, 5.0, -5.0, 1.9):
    root, steps = p.newton(x0)
    print(f"newton from {x0:5}: root {root:.10f} after {steps} steps")
try:
    q.newton(0.0)
except ArithmeticError as e:
    print("ArithmeticError:", e)
try:
    divmod(p, Polynomial(0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sorted([p, q, Polynomial(5), Polynomial(1, 1)]), max(p, q), {p, Polynomial(*p.coeffs)} == {p})
try:
    p < 3
except TypeError as e:
    print("TypeError:", e)
