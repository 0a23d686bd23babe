"""Number theory helpers on arbitrary-precision integers."""
import math
from functools import reduce


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def crt(residues, moduli):
    total, prod = 0, reduce(lambda a, b: a * b, moduli)
    for r, m in zip(residues, moduli):
        p = prod // m
        total += r * pow(p, -1, m) * p
    return total % prod


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def pollard_rho(n):
    if n % 2 == 0:
        return 2
    c = 1
    while True:
        x = y = 2
        d = 1
        while d == 1:
            x = (x * x + c) % n
            y = (y * y + c) % n
            y = (y * y + c) % n
            d = math.gcd(abs(x - y), n)
        if d != n:
            return d
        c += 1


def factorize(n):
    if n == 1:
        return []
    if is_probable_prime(n):
        return [n]
    d = pollard_rho(n)
    return sorted(factorize(d) + factorize(n // d))


print(egcd(240, 46), egcd(17, 5))
print("crt:", crt([2, 3, 2], [3, 5, 7]), crt([1, 4, 6], [5, 7, 11]))
print("inverse:", pow(3, -1, 11), pow(10, -1, 17), pow(123456789, -1, 10**9 + 7))
print("primes:", [n for n in range(90, 130) if is_probable_prime(n)])
mersenne = [p for p in range(2, 130) if is_probable_prime(2**p - 1)]
print("mersenne exponents:", mersenne)
for n in [600851475143, 2**64 + 1, 10**18 + 9, 1234567891011121314151617]:
    fs = factorize(n)
    assert math.prod(fs) == n
    print(f"{n} = {' * '.join(map(str, fs))}")

print("gcd/lcm:", math.gcd(2**40 * 3**5, 6**20), math.lcm(*range(1, 21)), math.gcd(), math.lcm(4, 6, 10))
print("isqrt:", math.isqrt(10**40 + 12345), math.isqrt(2**127 - 1))
print("comb/perm:", math.comb(100, 50), math.perm(20, 5), math.comb(10, 11))
print("factorial digits:", len(str(math.factorial(500))), sum(map(int, str(math.factorial(100)))))
n = 3**200
print("bits:", n.bit_length(), n.bit_count(), (-n).bit_length(), (255).bit_count())
print("to_bytes:", (1024).to_bytes(4, "big").hex(), (-2).to_bytes(2, "little", signed=True))
print("from_bytes:", int.from_bytes(b"\x01\x00\x00", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True))
print("divmod:", divmod(-17, 5), divmod(17, -5), divmod(10**30 + 7, 10**15), divmod(-7.5, 2))
print("floor/mod:", -7 // 2, -7 % 2, 7 // -2, 7 % -2, -(10**25) // 3, -(10**25) % 3)
print("pow:", pow(2, 100, 10**9 + 7), pow(-3, 3), pow(2, -2), 2**0.5, (-8) ** 2)
print("round:", round(2.5), round(3.5), round(-2.5), round(1234567, -3), round(2.675, 2), round(15, -1), round(25, -1))
print("int parse:", int("ff", 16), int("0b1011", 0), int("  -42 "), int("1_000_000"), int("z", 36))
print("hex/oct/bin:", hex(-255), oct(64), bin(-5), hex(2**65))
print("abs:", abs(-10**30), abs(-0.0), abs(3 - 4j))


def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return cache[path[0]] if path else length


best = max(range(1, 30000), key=collatz_len)
print("longest collatz under 30000:", best, collatz_len(best))
fib = [0, 1]
while len(str(fib[-1])) < 100:
    fib.append(fib[-1] + fib[-2])
print("first 100-digit fibonacci index:", len(fib) - 1, str(fib[-1])[:20] + "...")
print("digit sum 2**1000:", sum(int(c) for c in str(2**1000)))

print("perfect numbers:", [n for n in range(2, 9000) if sum(d for d in range(1, math.isqrt(n) + 1) if n % d == 0 for d in {d, n // d}) - n == n])
