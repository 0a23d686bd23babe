"""Project-Euler-style solutions, each a small function with a checked answer."""
from fractions import Fraction
from functools import lru_cache, reduce
from itertools import count, islice, permutations, takewhile, combinations
from math import gcd, isqrt, comb, factorial, prod
from collections import Counter, defaultdict
import decimal


def sieve(n):
    flags = bytearray([1]) * (n + 1)
    flags[:2] = b"\0\0"
    for p in range(2, isqrt(n) + 1):
        if flags[p]:
            flags[p * p::p] = bytes(len(range(p * p, n + 1, p)))
    return [i for i, f in enumerate(flags) if f]


PRIMES = sieve(120_000)
PRIME_SET = set(PRIMES)


def p7_nth_prime(n=10001):
    return PRIMES[n - 1]


def p12_triangle_divisors(k=200):
    def ndiv(n):
        c = Counter()
        for p in PRIMES:
            if p * p > n:
                break
            while n % p == 0:
                c[p] += 1
                n //= p
        if n > 1:
            c[n] += 1
        return prod(e + 1 for e in c.values())
    for n in count(1):
        t = n * (n + 1) // 2
        if ndiv(t) > k:
            return t


def p14_collatz(limit=30000):
    @lru_cache(maxsize=None)
    def length(n):
        if n == 1:
            return 1
        return 1 + length(n // 2 if n % 2 == 0 else 3 * n + 1)
    best = max(range(1, limit), key=length)
    info = length.cache_info()
    return best, length(best), info.currsize > limit


def p20_digit_sum(n=100):
    return sum(map(int, str(factorial(n))))


def p24_lexicographic(n=1_000_000, digits="0123456789"):
    digits = list(digits)
    out = []
    n -= 1
    for i in range(len(digits) - 1, -1, -1):
        q, n = divmod(n, factorial(i))
        out.append(digits.pop(q))
    return "".join(out)


def p26_reciprocal_cycles(limit=1000):
    def cycle(d):
        seen = {}
        r, pos = 1, 0
        while r and r not in seen:
            seen[r] = pos
            r = r * 10 % d
            pos += 1
        return pos - seen[r] if r else 0
    return max(range(2, limit), key=cycle)


def p33_digit_cancelling():
    fracs = []
    for n in range(10, 100):
        for d in range(n + 1, 100):
            a, b = divmod(n, 10), divmod(d, 10)
            if a[1] == b[0] and b[1] and Fraction(n, d) == Fraction(a[0], b[1]):
                fracs.append(Fraction(n, d))
    return fracs, reduce(lambda x, y: x * y, fracs).denominator


def p43_substring_divisibility():
    total = 0
    divs = (2, 3, 5, 7, 11, 13, 17)
    for perm in permutations("0123456789"):
        if perm[0] == "0" or int(perm[3]) % 2:
            continue
        s = "".join(perm)
        if all(int(s[i + 1:i + 4]) % d == 0 for i, d in enumerate(divs)):
            total += int(s)
    return total


def p53_combinatoric(limit=10**6):
    return sum(1 for n in range(1, 101) for r in range(n + 1) if comb(n, r) > limit)


def p57_root_convergents(n=1000):
    num, den, hits = 3, 2, 0
    for _ in range(n):
        if len(str(num)) > len(str(den)):
            hits += 1
        num, den = num + 2 * den, num + den
    return hits


def p64_odd_period(limit=10000):
    def period(n):
        a0 = isqrt(n)
        if a0 * a0 == n:
            return 0
        m, d, a, k = 0, 1, a0, 0
        while a != 2 * a0:
            m = d * a - m
            d = (n - m * m) // d
            a = (a0 + m) // d
            k += 1
        return k
    return sum(period(n) % 2 for n in range(2, limit + 1))


def p80_sqrt_digits():
    decimal.getcontext().prec = 105
    total = 0
    for n in range(1, 101):
        if isqrt(n) ** 2 != n:
            digits = str(decimal.Decimal(n).sqrt()).replace(".", "")[:100]
            total += sum(map(int, digits))
    return total


def p92_square_digit_chains(limit=10**5):
    @lru_cache(maxsize=None)
    def ends89(n):
        while n not in (1, 89):
            n = sum(int(c) ** 2 for c in str(n))
        return n == 89
    return sum(ends89(sum(int(c) ** 2 for c in str(i))) for i in range(1, limit))


def p97_big_prime_digits():
    return (28433 * pow(2, 7830457, 10**10) + 1) % 10**10


def p104_pandigital_fib_ends(limit=2800):
    a, b, k = 1, 1, 2
    hits = []
    target = set("123456789")
    while k < limit:
        a, b, k = b, a + b, k + 1
        if set(str(b % 10**9)) == target and len(str(b % 10**9)) == 9:
            hits.append(k)
    return hits[:5]


def goldbach_counts(evens):
    return {n: sum(1 for p in takewhile(lambda p: p <= n // 2, PRIMES) if n - p in PRIME_SET)
            for n in evens}


def amicable_under(limit=10000):
    sigma = [1] * limit
    for i in range(2, limit // 2 + 1):
        for j in range(2 * i, limit, i):
            sigma[j] += i
    return sorted({a for a in range(2, limit) if (b := sigma[a]) != a and b < limit and sigma[b] == a})


results = [
    ("7", p7_nth_prime()),
    ("12", p12_triangle_divisors()),
    ("14", p14_collatz()),
    ("20", p20_digit_sum()),
    ("24", p24_lexicographic()),
    ("26", p26_reciprocal_cycles()),
    ("33", p33_digit_cancelling()),
    ("53", p53_combinatoric()),
    ("57", p57_root_convergents()),
    ("64", p64_odd_period(3000)),
    ("80", p80_sqrt_digits()),
    ("97", p97_big_prime_digits()),
    ("104", p104_pandigital_fib_ends()),
]
for name, value in results:
    print(f"Problem {name:>4}: {value}")
print("goldbach:", goldbach_counts([4, 28, 100, 1000, 10000]))
print("amicable:", amicable_under())
print("primes:", len(PRIMES), PRIMES[-3:], sum(PRIMES) % 1_000_007)
print("twin primes < 1000:", sum(1 for a, b in zip(PRIMES, PRIMES[1:]) if b - a == 2 and b < 1000))
gaps = Counter(b - a for a, b in zip(PRIMES, PRIMES[1:]))
print("common gaps:", gaps.most_common(4), "max gap:", max(gaps))
print("digit factorial chains:", [n for n in range(10, 41000) if n == sum(factorial(int(c)) for c in str(n))])
print("pythagorean triple (sum 1000):", next((a, b, 1000 - a - b) for a in range(1, 500) for b in range(a, 500) if a * a + b * b == (1000 - a - b) ** 2))
