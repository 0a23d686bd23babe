"""Sparse polynomials over the rationals: a dict subclass with __missing__ for absent
terms, the full numeric protocol (divmod, pow, reflected ops, call, format), gcd by
Euclid, derivative/integral, and Sturm-style root counting."""
from fractions import Fraction
from functools import reduce, total_ordering
from itertools import zip_longest
import operator


class Terms(dict):
    def __missing__(self, exp):
        return Fraction(0)


@total_ordering
class Poly:
    __slots__ = ("terms",)

    def __init__(self, coeffs=None, **kw):
        self.terms = Terms()
        if isinstance(coeffs, dict):
            items = coeffs.items()
        elif coeffs is None:
            items = ()
        else:
            items = enumerate(coeffs)
        for e, c in items:
            if c:
                self.terms[e] = Fraction(c)

    @classmethod
    def x(cls, power=1):
        return cls({power: 1})

    @property
    def degree(self):
        return max(self.terms, default=-1)

    @property
    def lead(self):
        return self.terms[self.degree]

    def __getitem__(self, e):
        return self.terms[e]

    def __bool__(self):
        return bool(self.terms)

    def __len__(self):
        return len(self.terms)

    def __iter__(self):
        return iter(sorted(self.terms.items(), reverse=True))

    def __eq__(self, other):
        if not isinstance(other, Poly):
            other = Poly([other])
        return self.terms == other.terms

    def __lt__(self, other):
        return (self.degree, [c for _, c in self]) < (other.degree, [c for _, c in other])

    def __hash__(self):
        return hash(frozenset(self.terms.items()))

    @staticmethod
    def _coerce(other):
        if isinstance(other, Poly):
            return other
        if isinstance(other, (int, Fraction)):
            return Poly([other])
        return NotImplemented

    def __add__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return NotImplemented
        out = Terms(self.terms)
        for e, c in other.terms.items():
            out[e] += c
        return Poly({e: c for e, c in out.items() if c})

    __radd__ = __add__

    def __neg__(self):
        return Poly({e: -c for e, c in self.terms.items()})

    def __sub__(self, other):
        return self + -self._coerce(other)

    def __rsub__(self, other):
        return -self + other

    def __mul__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return NotImplemented
        out = Terms()
        for e1, c1 in self.terms.items():
            for e2, c2 in other.terms.items():
                out[e1 + e2] += c1 * c2
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n, mod=None):
        if not isinstance(n, int) or n < 0:
            raise ValueError("only non-negative integer powers")
        result, base = Poly([1]), self
        while n:
            if n & 1:
                result = result * base if mod is None else (result * base) % mod
            base = base * base if mod is None else (base * base) % mod
            n >>= 1
        return result

    def __divmod__(self, other):
        other = self._coerce(other)
        if not other:
            raise ZeroDivisionError("polynomial division by zero")
        q, r = Poly(), self
        while r and r.degree >= other.degree:
            shift = r.degree - other.degree
            factor = Poly({shift: r.lead / other.lead})
            q = q + factor
            r = r - factor * other
        return q, r

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def __truediv__(self, k):
        return Poly({e: c / k for e, c in self.terms.items()})

    def __call__(self, x):
        return reduce(lambda acc, e: acc * x + self.terms[e], range(self.degree, -1, -1), 0) if self else 0

    def derivative(self):
        return Poly({e - 1: c * e for e, c in self.terms.items() if e})

    def integral(self, constant=0):
        return Poly({0: constant, **{e + 1: c / (e + 1) for e, c in self.terms.items()}})

    def monic(self):
        return self / self.lead if self else self

    def __repr__(self):
        return f"Poly({dict(sorted(self.terms.items()))!r})"

    def __format__(self, spec):
        if not self:
            return "0"
        parts = []
        for e, c in self:
            mag = abs(c)
            coef = format(float(mag), spec) if spec else str(mag)
            if mag == 1 and e:
                coef = ""
            var = "" if e == 0 else "x" if e == 1 else f"x^{e}"
            sign = "-" if c < 0 else "+"
            parts.append((sign, coef + var))
        first_sign, first = parts[0]
        text = ("-" if first_sign == "-" else "") + first
        return text + "".join(f" {s} {t}" for s, t in parts[1:])

    def __str__(self):
        return format(self, "")


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a.monic()


def sturm_sequence(p):
    seq = [p, p.derivative()]
    while seq[-1].degree > 0:
        r = -(seq[-2] % seq[-1])
        if not r:
            break
        seq.append(r)
    return seq


def sign_changes(values):
    signs = [v > 0 for v in values if v != 0]
    return sum(1 for a, b in zip(signs, signs[1:]) if a != b)


def count_roots(p, lo, hi):
    seq = sturm_sequence(p)
    return sign_changes([q(lo) for q in seq]) - sign_changes([q(hi) for q in seq])


x = Poly.x()
p = (x - 1) * (x + 2) * (x - Fraction(1, 2))
q = x ** 2 - 1
print(f"p = {p}\nq = {q}\np(3) = {p(3)}, q(1/3) = {q(Fraction(1, 3))}")
print("p + q =", p + q, "| p - p =", p - p, "| 2 - q =", 2 - q, "| q * 3 =", 3 * q)
quo, rem = divmod(p, q)
print(f"divmod: q={quo}, r={rem}, check {quo * q + rem == p}")
print("gcd(p, q) =", gcd(p, q), "| gcd(x^4-1, x^6-1) =", gcd(x ** 4 - 1, x ** 6 - 1))
print("p' =", p.derivative(), "| ∫q =", q.integral(5), "| ∫q' == q - q(0)?", q.derivative().integral() == q - q(0))
print(f"{p:.3f}", "|", f"{Poly([0.5, 0, -2.25]):.2f}", "|", format(Poly(), ""), "|", repr(q))
print((x + 1) ** 5)
print(pow(x + 1, 10, x ** 3 + 1), "| mod x^3+1")
print(sorted([q, p, x, Poly([7])]), max(p, q) is p, q == x * x - 1, x == Poly.x(1), Poly([3]) == 3)
print(len({p, (x - 1) * (x + 2) * (x - Fraction(1, 2)), q}), len(p), list(q), p[1], p[99])
cheb = [Poly([1]), x]
for _ in range(5):
    cheb.append(2 * x * cheb[-1] - cheb[-2])
for n, t in enumerate(cheb):
    print(f"T{n} = {t}")
w = reduce(operator.mul, [x - k for k in range(1, 6)])
print("roots of", w, "in [0, 3.5]:", count_roots(w, 0, Fraction(7, 2)), "in [-10, 10]:", count_roots(w, -10, 10))
print("x^2+1 real roots:", count_roots(x ** 2 + 1, -100, 100), "| x^3-2x:", count_roots(x ** 3 - 2 * x, -5, 5))
for bad in (lambda: p ** -1, lambda: divmod(p, Poly()), lambda: p + "x", lambda: p ** 1.5):
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
lagrange = sum((Poly([y]) * reduce(operator.mul, [(x - xj) / (xi - xj) for xj, _ in [(0, 1), (1, 3), (2, 11), (3, 31)] if xj != xi])
                for xi, y in [(0, 1), (1, 3), (2, 11), (3, 31)]), Poly())
print("interpolant:", lagrange, [lagrange(k) for k in range(5)])
print(list(zip_longest([c for _, c in p], [c for _, c in q], fillvalue=Fraction(0))))
