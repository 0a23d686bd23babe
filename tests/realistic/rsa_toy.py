"""Textbook RSA with small-ish primes, plus the number theory it needs."""
import random
from math import gcd, lcm, isqrt


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def is_probable_prime(n, rounds=20, rng=random.Random(5)):
    if n < 4:
        return n in (2, 3)
    if n % 2 == 0:
        return False
    d, r = n - 1, 0
    while not d & 1:
        d >>= 1
        r += 1
    for _ in range(rounds):
        a = rng.randrange(2, n - 1)
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def random_prime(bits, rng):
    while True:
        candidate = rng.getrandbits(bits) | (1 << (bits - 1)) | 1
        if is_probable_prime(candidate):
            return candidate


def keygen(bits, rng):
    e = 65537
    while True:
        p, q = random_prime(bits // 2, rng), random_prime(bits // 2, rng)
        if p != q and gcd(e, lcm(p - 1, q - 1)) == 1:
            break
    n = p * q
    d = pow(e, -1, lcm(p - 1, q - 1))
    return (n, e), (n, d, p, q)


def encode(text):
    return int.from_bytes(text.encode("utf-8"), "big")


def decode(number):
    return number.to_bytes((number.bit_length() + 7) // 8, "big").decode("utf-8")


def crt_decrypt(c, priv):
    n, d, p, q = priv
    dp, dq = d % (p - 1), d % (q - 1)
    qinv = pow(q, -1, p)
    m1, m2 = pow(c, dp, p), pow(c, dq, q)
    h = qinv * (m1 - m2) % p
    return m2 + h * q


def fermat_factor(n):
    a = isqrt(n)
    if a * a < n:
        a += 1
    steps = 0
    while True:
        b2 = a * a - n
        b = isqrt(b2)
        if b * b == b2:
            return a - b, a + b, steps
        a += 1
        steps += 1


rng = random.Random(20240601)
pub, priv = keygen(256, rng)
n, e = pub
print(f"n has {n.bit_length()} bits, {len(str(n))} digits")
print(f"n = {n}")
print(f"n (hex) = {n:#x}")
print(f"d mod 10**12 = {priv[1] % 10 ** 12:012d}")
for message in ["hi", "Attack at dawn!", "naïve ☃"]:
    m = encode(message)
    c = pow(m, e, n)
    back = pow(c, priv[1], n)
    fast = crt_decrypt(c, priv)
    print(f"{message!r:>18}: m={m} c%1e9={c % 10**9:>9} ok={decode(back) == message} crt={fast == back}")

sig = pow(encode("contract v2"), priv[1], n)
print("signature verifies:", pow(sig, e, n) == encode("contract v2"), "tampered:", pow(sig + 1, e, n) == encode("contract v2"))

print(egcd(240, 46), egcd(17, 3120), pow(17, -1, 3120), (17 * 2753) % 3120)
try:
    pow(6, -1, 9)
except ValueError as exc:
    print("ValueError:", exc)
p, q = 1000003, 1000033
print("fermat factor:", fermat_factor(p * q))
print("primes with 64 bits:", [hex(random_prime(64, rng)) for _ in range(3)])
print("Wilson check 13:", (1 * 2 * 3 * 4 * 5 * 6 * 7 * 8 * 9 * 10 * 11 * 12) % 13 == 12)
big = 2 ** 521 - 1
print("M521 probable prime:", is_probable_prime(big), str(big)[:20] + "...", len(str(big)))
print("2**127-1 divmod 10**20:", divmod(2 ** 127 - 1, 10 ** 20))
print(int("1" * 40) % 97, int("ff" * 20, 16) >> 150, (-(10 ** 30)) // 7, (-(10 ** 30)) % 7, abs(-(2 ** 200)) == 2 ** 200)
