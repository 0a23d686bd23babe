"""Project-Euler style problems, bigint heavy."""
from math import factorial, gcd, isqrt, comb, prod
from functools import reduce
from fractions import Fraction


def digit_sum(n):
    return sum(int(d) for d in str(n))


def p16():
    return digit_sum(2 ** 1000)


def p20():
    return digit_sum(factorial(100))


def p25():
    a, b, i = 1, 1, 2
    while len(str(b)) < 1000:
        a, b = b, a + b
        i += 1
    return i


def p48():
    return sum(pow(i, i, 10 ** 10) for i in range(1, 1001)) % 10 ** 10


def p13_like():
    nums = [int("".join(str((i * j * 7919 + 13) % 10) for j in range(50))) for i in range(1, 101)]
    return str(sum(nums))[:10]


def p56():
    return max(digit_sum(a ** b) for a in range(90, 100) for b in range(90, 100))


def p57():
    count = 0
    n, d = 3, 2
    for _ in range(1000):
        if len(str(n)) > len(str(d)):
            count += 1
        n, d = n + 2 * d, n + d
    return count


def p65():
    terms = [2] + [k for i in range(1, 34) for k in (1, 2 * i, 1)]
    terms = terms[:100]
    frac = Fraction(terms[-1])
    for t in reversed(terms[:-1]):
        frac = t + 1 / frac
    return digit_sum(frac.numerator)


def p97():
    return (28433 * pow(2, 7830457, 10 ** 10) + 1) % 10 ** 10


def p15():
    return comb(40, 20)


def lcm(a, b):
    return a * b // gcd(a, b)


def p5(n=20):
    return reduce(lcm, range(1, n + 1))


def p3(n=600851475143):
    f, largest = 2, 1
    while f * f <= n:
        while n % f == 0:
            largest, n = f, n // f
        f += 1
    return max(largest, n) if n > 1 else largest


def sieve(limit):
    is_p = bytearray([1]) * (limit + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, isqrt(limit) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(range(i * i, limit + 1, i)))
    return [i for i, v in enumerate(is_p) if v]


def p10(limit=200000):
    return sum(sieve(limit))


def miller_rabin(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


SOLUTIONS = [p3, p5, p10, p15, p16, p20, p25, p48, p13_like, p56, p57, p65, p97]
for fn in SOLUTIONS:
    print(f"{fn.__name__:>9}: {fn()}")

mersenne = [p for p in sieve(130) if miller_rabin(2 ** p - 1)]
print("Mersenne exponents:", mersenne)
big = 2 ** 127 - 1
print(big, big.bit_length(), hex(big)[:12], big % 1000003, -big // 7, -big % 7)
print(divmod(10 ** 40 + 123, 998244353), divmod(-(10 ** 30), 12345678901))
print(int("9" * 60) * int("9" * 60) == 10 ** 120 - 2 * 10 ** 60 + 1)
print(prod(range(1, 26)), factorial(25) == prod(range(1, 26)))
print(isqrt(10 ** 50), isqrt(2 * 10 ** 40))
x = 123456789 ** 12
print(x.to_bytes(42, "big").hex(), int.from_bytes(b"\xff" * 9, "little"), (-x) >> 100, x & (2 ** 64 - 1))
print(f"{2**100:,}", f"{3**50:e}", float(7 ** 80), str(-(5 ** 70))[:20], 10**30 / 3)
print(pow(3, -1, 1000000007), pow(2, 10**18, 10**9 + 7), abs(-(10**25)), round(10**25 + 0.0))
