"""Project-Euler-style numeric puzzles: continued fractions, digit cancelling, Pell equations, big powers."""
from fractions import Fraction
from math import gcd, isqrt, prod, log10, lcm
from decimal import Decimal, getcontext
from itertools import count, islice


def sqrt_cf(n):
    """Period of the continued fraction of sqrt(n)."""
    a0 = isqrt(n)
    if a0 * a0 == n:
        return a0, []
    m, d, a, period = 0, 1, a0, []
    while a != 2 * a0:
        m = d * a - m
        d = (n - m * m) // d
        a = (a0 + m) // d
        period.append(a)
    return a0, period


def convergents(a0, terms):
    h_prev, h = 1, a0
    k_prev, k = 0, 1
    yield Fraction(h, k)
    for a in terms:
        h_prev, h = h, a * h + h_prev
        k_prev, k = k, a * k + k_prev
        yield Fraction(h, k)


def pell(n):
    a0, period = sqrt_cf(n)
    for c in convergents(a0, (period * 4)):
        if c.numerator ** 2 - n * c.denominator ** 2 == 1:
            return c.numerator, c.denominator


print([(n, sqrt_cf(n)) for n in (2, 3, 7, 13, 23)])
print(sum(1 for n in range(2, 10001) if len(sqrt_cf(n)[1]) % 2 == 1))
e_terms = [2] + [x for k in range(1, 40) for x in (1, 2 * k, 1)]
c100 = list(islice(convergents(e_terms[0], e_terms[1:]), 100))[-1]
print(c100.numerator % 10**12, sum(map(int, str(c100.numerator))))
best = max((n for n in range(2, 200) if isqrt(n) ** 2 != n), key=lambda n: pell(n)[0])
print(best, pell(best), pell(61))

cancelling = []
for num in range(10, 100):
    for den in range(num + 1, 100):
        n1, n2 = divmod(num, 10)
        d1, d2 = divmod(den, 10)
        if n2 == d1 and d2 and Fraction(num, den) == Fraction(n1, d2):
            cancelling.append(f"{num}/{den}")
print(cancelling, prod(Fraction(f) for f in cancelling))

sqrt2 = list(islice(convergents(1, [2] * 1000), 1001))
print(sum(1 for f in sqrt2[1:] if len(str(f.numerator)) > len(str(f.denominator))))
getcontext().prec = 110
total = 0
for n in range(1, 101):
    if isqrt(n) ** 2 != n:
        digits = str(Decimal(n).sqrt()).replace(".", "")[:100]
        total += sum(map(int, digits))
print(total)
print(max(sum(map(int, str(a ** b))) for a in range(90, 100) for b in range(90, 100)))
a, b, i = 1, 1, 2
while len(str(b)) < 1000:
    a, b, i = b, a + b, i + 1
print(i, str(b)[:20], f"{log10(b):.6f}")
print(lcm(*range(1, 21)), gcd(2**64 - 1, 3**40 - 1), pow(2, 7830457, 10**10) * 28433 % 10**10 + 1)
h = Fraction(0)
for k in range(1, 25):
    h += Fraction(1, k)
print(h, float(h), f"{h.limit_denominator(1000)}", round(h, 3), h.as_integer_ratio()[1] % 1000)
print(Fraction("3.1415926535").limit_denominator(120), Fraction(-7, 3) // 2, Fraction(7, 3) % Fraction(1, 2), divmod(Fraction(22, 7), 1))
print(f"{Fraction(1, 3):>10}|{Fraction(1, 7).__round__(4)}|{float(Fraction(1, 7)):.6e}|{Fraction(10**30 + 1, 10**30):.3f}")
