"""Project-Euler-style digit puzzles solved the straightforward way."""
from fractions import Fraction
from math import factorial, gcd, isqrt, comb, prod
from itertools import permutations


def digit_factorial_chains(limit):
    facts = [factorial(d) for d in range(10)]
    total = 0
    for n in range(10, limit):
        if n == sum(facts[int(c)] for c in str(n)):
            total += n
    return total


def digit_cancelling():
    found = []
    for num in range(10, 100):
        for den in range(num + 1, 100):
            n1, n2 = divmod(num, 10)
            d1, d2 = divmod(den, 10)
            if n2 == d1 and d2 != 0 and Fraction(num, den) == Fraction(n1, d2):
                found.append((num, den))
    product = prod(Fraction(a, b) for a, b in found)
    return found, product


def pandigital_products():
    seen = set()
    for a in range(2, 100):
        start = 1234 if a < 10 else 123
        for b in range(start, 10000 // a + 1):
            digits = f"{a}{b}{a * b}"
            if len(digits) == 9 and "0" not in digits and len(set(digits)) == 9:
                seen.add(a * b)
    return sorted(seen)


def self_powers(n, digits=10):
    mod = 10 ** digits
    return sum(pow(i, i, mod) for i in range(1, n + 1)) % mod


def champernowne(positions):
    digits = []
    n = 1
    need = max(positions)
    while len(digits) < need:
        digits.extend(str(n))
        n += 1
    return prod(int(digits[p - 1]) for p in positions)


def lychrel_count(limit, iterations=50):
    count = 0
    for n in range(1, limit):
        x = n
        for _ in range(iterations):
            x += int(str(x)[::-1])
            if str(x) == str(x)[::-1]:
                break
        else:
            count += 1
    return count


def power_digit_sum(base, exp):
    return sum(map(int, str(base ** exp)))


def sqrt_digits(n, places):
    # integer square root of n * 10^(2*places) gives the decimal expansion
    root = isqrt(n * 10 ** (2 * places))
    s = str(root)
    return s[: len(s) - places] + "." + s[len(s) - places:]


print("digit factorial numbers sum:", digit_factorial_chains(41000))
pairs, product = digit_cancelling()
print("curious fractions:", pairs, "product =", product, "denominator", product.denominator)
print("pandigital products (first few):", pandigital_products())
print("last ten digits of self powers to 1000: %010d" % self_powers(1000))
print("champernowne product:", champernowne([1, 10, 100, 1000, 10000]))
print("lychrel candidates below 3000:", lychrel_count(3000))
print("2**1000 digit sum:", power_digit_sum(2, 1000))
print("100! digit sum:", sum(int(c) for c in str(factorial(100))))
print("sqrt(2) to 50 places:", sqrt_digits(2, 50))
print("C(40, 20) =", f"{comb(40, 20):,}")
big = 3 ** 200
print("3**200 has", len(str(big)), "digits; bit length", big.bit_length())
print("gcd of big numbers:", gcd(2 ** 120 - 1, 2 ** 84 - 1), "==", 2 ** gcd(120, 84) - 1)
print("first 5 and last 5 digits of 2**10000:", str(2 ** 10000)[:5], str(2 ** 10000)[-5:])
