"""A handful of Project Euler problems, solved the usual way."""
from math import gcd, isqrt, factorial, comb, prod
from functools import reduce, lru_cache
from itertools import permutations, count, takewhile, combinations
from fractions import Fraction


def p1(limit=1000):
    return sum(n for n in range(limit) if n % 3 == 0 or n % 5 == 0)


def fib():
    a, b = 1, 2
    while True:
        yield a
        a, b = b, a + b


def p2():
    return sum(x for x in takewhile(lambda x: x <= 4_000_000, fib()) if x % 2 == 0)


def p3(n=600851475143):
    f, last = 2, 1
    while f * f <= n:
        while n % f == 0:
            last, n = f, n // f
        f += 1
    return max(last, n)


def p4():
    return max(a * b for a in range(100, 1000) for b in range(a, 1000)
               if str(a * b) == str(a * b)[::-1])


def p5():
    return reduce(lambda a, b: a * b // gcd(a, b), range(1, 21))


def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(is_p[i * i::i]))
    return [i for i, v in enumerate(is_p) if v]


def p7():
    return sieve(120000)[10000]


def p9():
    for a in range(1, 1000):
        for b in range(a + 1, 1000 - a):
            c = 1000 - a - b
            if a * a + b * b == c * c:
                return a * b * c


def p14(limit=100000):
    @lru_cache(maxsize=None)
    def collatz(n):
        if n == 1:
            return 1
        return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
    return max(range(1, limit), key=collatz)


def p15():
    return comb(40, 20)


def p16():
    return sum(map(int, str(2 ** 1000)))


def p20():
    return sum(int(d) for d in str(factorial(100)))


def p24():
    return "".join(next(p for i, p in enumerate(permutations("0123456789")) if i == 999999))


def p33():
    fracs = []
    for num in range(10, 100):
        for den in range(num + 1, 100):
            n1, n2 = divmod(num, 10)
            d1, d2 = divmod(den, 10)
            if n2 == d1 and d2 and Fraction(n1, d2) == Fraction(num, den):
                fracs.append(Fraction(num, den))
    return prod(fracs).denominator, fracs


def p48():
    return str(sum(pow(i, i, 10 ** 10) for i in range(1, 1001)) % 10 ** 10).zfill(10)


def p53():
    return sum(1 for n in range(1, 101) for r in range(n + 1) if comb(n, r) > 1_000_000)


def p57():
    n, d, hits = 3, 2, 0
    for _ in range(1000):
        n, d = n + 2 * d, n + d
        hits += len(str(n)) > len(str(d))
    return hits


SOLUTIONS = [p1, p2, p3, p4, p5, p7, p9, p14, p15, p16, p20, p24, p33, p48, p53, p57]
for fn in SOLUTIONS:
    print(f"{fn.__name__:>4}: {fn()}")
print(sum(1 for c in combinations(range(10), 3) if sum(c) == 12))
print(next(n for n in count(1) if len(str(2 ** n)) > 30))
