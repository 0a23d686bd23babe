"""Project-Euler-style solutions (problems 1-10 and a few more), each timed by count, not clock."""
from math import isqrt, gcd, prod, factorial, comb
from itertools import count, takewhile, permutations, islice
from functools import reduce


def p1(limit=1000):
    return sum(n for n in range(limit) if n % 3 == 0 or n % 5 == 0)


def fib():
    a, b = 1, 2
    while True:
        yield a
        a, b = b, a + b


def p2(limit=4_000_000):
    return sum(x for x in takewhile(lambda x: x <= limit, fib()) if x % 2 == 0)


def prime_factors(n):
    f, out = 2, []
    while f * f <= n:
        while n % f == 0:
            out.append(f)
            n //= f
        f += 1 if f == 2 else 2
    if n > 1:
        out.append(n)
    return out


def p3(n=600851475143):
    return max(prime_factors(n))


def p4():
    return max(a * b for a in range(100, 1000) for b in range(a, 1000) if str(a * b) == str(a * b)[::-1])


def p5(n=20):
    return reduce(lambda a, b: a * b // gcd(a, b), range(1, n + 1))


def p6(n=100):
    return sum(range(n + 1)) ** 2 - sum(i * i for i in range(n + 1))


def sieve(n):
    flags = bytearray([1]) * (n + 1)
    flags[0:2] = b"\x00\x00"
    for i in range(2, isqrt(n) + 1):
        if flags[i]:
            flags[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, f in enumerate(flags) if f]


def p7(k=10001):
    return sieve(120000)[k - 1]


DIGITS = "".join(str((i * 7919) % 10) for i in range(1000))


def p8(span=13):
    return max(prod(map(int, DIGITS[i:i + span])) for i in range(len(DIGITS) - span))


def p9(total=1000):
    for a in range(1, total // 3):
        for b in range(a + 1, total // 2):
            c = total - a - b
            if a * a + b * b == c * c:
                return a * b * c


def p10(n=2_000_000):
    return sum(sieve(n))


def p14(limit=100_000):
    cache = {1: 1}

    def length(n):
        stack = []
        while n not in cache:
            stack.append(n)
            n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps = cache[n]
        while stack:
            steps += 1
            cache[stack.pop()] = steps
        return steps

    return max(range(1, limit), key=length)


def p15(n=20):
    return comb(2 * n, n)


def p16():
    return sum(map(int, str(2 ** 1000)))


def p20():
    return sum(int(d) for d in str(factorial(100)))


def p24():
    return "".join(next(islice(permutations("0123456789"), 999_999, None)))


def p25(digits=1000):
    a, b = 1, 1
    for i in count(2):
        if len(str(b)) >= digits:
            return i
        a, b = b, a + b


def p48():
    return str(sum(pow(i, i, 10 ** 10) for i in range(1, 1001))).zfill(10)


for name, fn in sorted(globals().items()):
    if name.startswith("p") and name[1:].isdigit() and callable(fn):
        print(f"{name:>4}: {fn()}")
print(prime_factors(2 ** 32 + 1), len(sieve(10 ** 6)))
