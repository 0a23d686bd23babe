"""A handful of Project Euler style problems solved plainly."""
from functools import lru_cache
from itertools import count, islice, permutations
from math import gcd, isqrt, prod


def primes():
    composites = {}
    for n in count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)


def problem1(limit=1000):
    return sum(n for n in range(limit) if n % 3 == 0 or n % 5 == 0)


def problem2(limit=4_000_000):
    a, b, total = 1, 2, 0
    while b <= limit:
        if b % 2 == 0:
            total += b
        a, b = b, a + b
    return total


def problem3(n=600851475143):
    factor = 2
    while factor * factor <= n:
        while n % factor == 0:
            n //= factor
        factor += 1
    return n


def problem4():
    best = 0
    for a in range(999, 99, -1):
        for b in range(a, 99, -1):
            p = a * b
            if p <= best:
                break
            if str(p) == str(p)[::-1]:
                best = p
    return best


def problem5(n=20):
    result = 1
    for k in range(1, n + 1):
        result = result * k // gcd(result, k)
    return result


def problem7(n=10001):
    return next(islice(primes(), n - 1, None))


def problem9(total=1000):
    for a in range(1, total // 3):
        for b in range(a + 1, total // 2):
            c = total - a - b
            if a * a + b * b == c * c:
                return a * b * c


def problem14(limit=100_000):
    @lru_cache(maxsize=None)
    def chain(n):
        if n == 1:
            return 1
        return 1 + chain(n // 2 if n % 2 == 0 else 3 * n + 1)
    return max(range(1, limit), key=chain)


def problem16():
    return sum(map(int, str(2 ** 1000)))


def problem20():
    return sum(int(d) for d in str(prod(range(1, 101))))


def problem21(limit=10000):
    def d(n):
        s = 1
        for i in range(2, isqrt(n) + 1):
            if n % i == 0:
                s += i
                if i != n // i:
                    s += n // i
        return s
    return sum(a for a in range(2, limit) if d(a) != a and d(d(a)) == a)


def problem24():
    return "".join(next(islice(permutations("0123456789"), 999_999, None)))


def problem25(digits=1000):
    a, b, i = 1, 1, 2
    while len(str(b)) < digits:
        a, b = b, a + b
        i += 1
    return i


def problem29(n=100):
    return len({a ** b for a in range(2, n + 1) for b in range(2, n + 1)})


def problem48():
    return str(sum(pow(i, i, 10 ** 10) for i in range(1, 1001))).zfill(10)


for name in sorted((k for k in globals() if k.startswith("problem")),
                   key=lambda k: int(k[7:])):
    print(f"{name:>10}: {globals()[name]()}")
