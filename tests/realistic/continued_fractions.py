"""Continued fractions with fractions.Fraction: expansions of rationals and
square roots, convergents, best rational approximations, Stern-Brocot paths."""
from fractions import Fraction
from math import isqrt, gcd, pi, e
from itertools import islice


def expand(x: Fraction):
    terms = []
    while True:
        a = x.numerator // x.denominator
        terms.append(a)
        x -= a
        if x == 0:
            return terms
        x = 1 / x


def collapse(terms):
    value = Fraction(terms[-1])
    for a in reversed(terms[:-1]):
        value = a + 1 / value
    return value


def sqrt_terms(n):
    """Periodic continued fraction of sqrt(n): (a0, period)."""
    a0 = isqrt(n)
    if a0 * a0 == n:
        return a0, []
    m, d, a = 0, 1, a0
    period = []
    while a != 2 * a0:
        m = d * a - m
        d = (n - m * m) // d
        a = (a0 + m) // d
        period.append(a)
    return a0, period


def convergents(terms):
    h0, h1, k0, k1 = 0, 1, 1, 0
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        yield Fraction(h1, k1)


def pell(n):
    """Smallest solution of x^2 - n y^2 = 1."""
    a0, period = sqrt_terms(n)

    def terms():
        yield a0
        while True:
            yield from period
    for c in convergents(terms()):
        if c.numerator ** 2 - n * c.denominator ** 2 == 1:
            return c.numerator, c.denominator


def stern_brocot(q: Fraction):
    path = []
    lo, hi = (0, 1), (1, 0)
    while True:
        mid = (lo[0] + hi[0], lo[1] + hi[1])
        m = Fraction(*mid)
        if m == q:
            return "".join(path) or "(root)"
        if q < m:
            path.append("L")
            hi = mid
        else:
            path.append("R")
            lo = mid


if __name__ == "__main__":
    for q in [Fraction(415, 93), Fraction(-7, 3), Fraction(1, 7), Fraction("3.245")]:
        t = expand(q)
        print(q, t, collapse(t), collapse(t) == q)
    for n in [2, 3, 7, 13, 19, 61]:
        a0, period = sqrt_terms(n)
        print(f"sqrt({n}) = [{a0}; ({', '.join(map(str, period))})]  pell {pell(n)}")
    pi_terms = expand(Fraction(pi))
    print(pi_terms[:8], len(pi_terms))
    for c in islice(convergents(pi_terms), 6):
        print(f"  {str(c):>14} = {float(c):.12f} err {abs(float(c) - pi):.2e}")
    print(Fraction(pi).limit_denominator(1000), Fraction(e).limit_denominator(100))
    print([str(c) for c in islice(convergents(expand(Fraction(e))), 8)])
    for q in [Fraction(3, 7), Fraction(5, 2), Fraction(1), Fraction(13, 8)]:
        print(q, stern_brocot(q))
    x = Fraction(1, 3) + Fraction(1, 6) * 2 - Fraction(2, 9)
    print(x, x ** 2, x ** -1, round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3))
    print(Fraction(6, 4).as_integer_ratio(), gcd(415, 93), Fraction(1.1), Fraction("1/3") < 0.34)
    try:
        Fraction(1, 0)
    except ZeroDivisionError as err:
        print(type(err).__name__, err)
    print(f"{str(Fraction(355, 113)):>12}|{float(Fraction(355, 113)):.10f}", hash(Fraction(1, 2)) == hash(0.5))
