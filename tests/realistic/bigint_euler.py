"""Project-Euler-style problems exercising big integers and number theory."""
from math import gcd, isqrt, factorial, comb, perm, prod, lcm
from functools import reduce
from itertools import count, permutations


def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]


def digit_sum(n):
    return sum(map(int, str(n)))


def is_palindrome(n):
    s = str(n)
    return s == s[::-1]


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def divisors_sum(n):
    total = 1
    for i in range(2, isqrt(n) + 1):
        if n % i == 0:
            total += i
            if i != n // i:
                total += n // i
    return total if n > 1 else 0


primes = sieve(200000)
print("1. multiples of 3 or 5 below 1000:", sum(x for x in range(1000) if x % 3 == 0 or x % 5 == 0))
fibs = [1, 2]
while fibs[-1] < 4_000_000:
    fibs.append(fibs[-1] + fibs[-2])
print("2. even fib sum:", sum(x for x in fibs if x % 2 == 0 and x < 4_000_000))
print("3. largest prime factor:", max(p for p in primes[:2000] if 600851475143 % p == 0))
print("4. largest palindrome:", max(a * b for a in range(900, 1000) for b in range(a, 1000) if is_palindrome(a * b)))
print("5. lcm 1..20:", reduce(lcm, range(1, 21)), lcm(*range(1, 21)))
print("6. square diff:", sum(range(101)) ** 2 - sum(i * i for i in range(101)))
print("7. 10001st prime:", primes[10000])
print("10. sum primes < 2e5:", sum(primes))
print("16. digit sum 2^1000:", digit_sum(2 ** 1000))
print("20. digit sum 100!:", digit_sum(factorial(100)))
print("21. amicable < 10000:", sum(a for a in range(2, 10000) if (b := divisors_sum(a)) != a and divisors_sum(b) == a))
a, b, i = 1, 1, 2
while len(str(b)) < 1000:
    a, b, i = b, a + b, i + 1
print("25. first 1000-digit fib index:", i)
print("24. millionth permutation:", "".join(next(p for k, p in enumerate(permutations("0123456789")) if k == 999999)))
print("29. distinct powers:", len({a ** b for a in range(2, 101) for b in range(2, 101)}))
print("48. self powers:", sum(pow(i, i, 10 ** 10) for i in range(1, 1001)) % 10 ** 10)
print("53. combos > 1e6:", sum(1 for n in range(1, 101) for r in range(n + 1) if comb(n, r) > 1_000_000))
print("56. max digit sum a^b:", max(digit_sum(a ** b) for a in range(90, 100) for b in range(90, 100)))
print("97. last ten digits:", (28433 * pow(2, 7830457, 10 ** 10) + 1) % 10 ** 10)
print("collatz longest < 100000:", max(range(1, 100000, 7), key=collatz_steps))
big = 3 ** 200
print(big.bit_length(), big % 1000007, big // 7 ** 90, -big // 10 ** 90, divmod(-big, 10 ** 95)[0])
print(hex(2 ** 100 - 1), oct(255 ** 5), bin(12345678901234567890)[:20], int("z" * 20, 36))
print(gcd(2 ** 64, 6 ** 40), isqrt(10 ** 50 + 12345), pow(3, -1, 1000000007), perm(20, 5), prod(range(1, 25)))
print(int.from_bytes(b"\xff\x00" * 5, "big"), (2 ** 70).to_bytes(10, "little"), (-5).to_bytes(2, "big", signed=True))
print((2 ** 64) ** 0.5, float(10 ** 300), 10 ** 400 > 1e308, (10 ** 30) / 7, round(2 ** 80 / 3), 7 ** 77 & 0xFFFF, ~(2 ** 65) | 3, (1 << 130) >> 64)
print(str(factorial(52))[:30], len(str(factorial(1000))), f"{2 ** 200:,}"[:40], abs(-(10 ** 25)), (-7) ** 33 % 13)
