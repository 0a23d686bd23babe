import math
from collections import Counter
from functools import reduce


def sieve(n):
    is_prime = bytearray([1]) * (n + 1)
    is_prime[0:2] = b"\x00\x00"
    for p in range(2, math.isqrt(n) + 1):
        if is_prime[p]:
            is_prime[p * p :: p] = bytes(len(range(p * p, n + 1, p)))
    return [i for i, flag in enumerate(is_prime) if flag]


def miller_rabin(n):
    if n < 2:
        return False
    small = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
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


def factorize(n):
    factors = Counter()
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] += 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] += 1
    return factors


def format_factors(f):
    parts = []
    for p, e in sorted(f.items()):
        parts.append(str(p) if e == 1 else f"{p}^{e}")
    return " * ".join(parts)


def totient(n):
    return reduce(lambda acc, p: acc // p * (p - 1), factorize(n), n)


def is_circular(p, primes_set):
    s = str(p)
    return all(int(s[i:] + s[:i]) in primes_set for i in range(len(s)))


def truncatable(p, primes_set):
    s = str(p)
    return all(int(s[i:]) in primes_set and int(s[:len(s) - i]) in primes_set for i in range(len(s)))


primes = sieve(100000)
pset = set(primes)
print(f"{len(primes)} primes below 100000; last three {primes[-3:]}")
print("1001st prime:", primes[1000], "5000th:", primes[4999])
circ = [p for p in primes if p < 1000 and is_circular(p, pset)]
print("circular primes below 1000 (%d):" % len(circ), circ)
trunc = [p for p in primes if p > 7 and truncatable(p, pset)]
print("truncatable primes:", trunc, "sum", sum(trunc))

for n in (360, 1001, 9699690, 2 ** 32 + 1, 600851475143):
    print(f"{n:>15,} = {format_factors(factorize(n))}")

print("phi:", {n: totient(n) for n in (1, 9, 36, 97, 100)})
best = max(range(2, 3001), key=lambda n: n / totient(n))
print("n/phi(n) max below 3001 at", best)

mersenne = [p for p in range(2, 130) if miller_rabin(p) and miller_rabin(2 ** p - 1)]
print("Mersenne exponents < 130:", mersenne)
big = 2 ** 89 - 1
print(big, "prime?", miller_rabin(big), "| next:", miller_rabin(big + 2))
carmichael = [n for n in range(3, 10000, 2) if not miller_rabin(n) and all(pow(a, n - 1, n) == 1 for a in range(2, n) if math.gcd(a, n) == 1)]
print("Carmichael numbers < 10000:", carmichael[:7])

goldbach = {}
for even in range(4, 60, 2):
    for p in primes:
        if even - p in pset:
            goldbach[even] = (p, even - p)
            break
print("Goldbach:", ", ".join(f"{k}={a}+{b}" for k, (a, b) in list(goldbach.items())[-6:]))
gaps = Counter(b - a for a, b in zip(primes, primes[1:]))
print("most common gaps:", gaps.most_common(5))
twin = sum(1 for a, b in zip(primes, primes[1:]) if b - a == 2)
print("twin prime pairs below 100000:", twin)
