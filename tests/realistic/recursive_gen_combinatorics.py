"""Combinatorics with recursive generators, checked against itertools."""
from itertools import permutations, combinations, combinations_with_replacement, product, islice, count, chain
from math import comb, factorial, prod
from fractions import Fraction


def perms(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i, head in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield (head,) + rest


def combos(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items) - k + 1):
        for tail in combos(items[i + 1:], k - 1):
            yield (items[i],) + tail


def partitions(n, largest=None):
    largest = n if largest is None else largest
    if n == 0:
        yield []
        return
    for part in range(min(n, largest), 0, -1):
        for rest in partitions(n - part, part):
            yield [part] + rest


def set_partitions(items):
    if not items:
        yield []
        return
    first, rest = items[0], items[1:]
    for smaller in set_partitions(rest):
        for i in range(len(smaller)):
            yield smaller[:i] + [[first] + smaller[i]] + smaller[i + 1:]
        yield [[first]] + smaller


def gray_code(n):
    if n == 0:
        yield ""
        return
    codes = list(gray_code(n - 1))
    yield from ("0" + c for c in codes)
    yield from ("1" + c for c in reversed(codes))


def dyck_words(n, opened=0, closed=0, prefix=""):
    if closed == n:
        yield prefix
        return
    if opened < n:
        yield from dyck_words(n, opened + 1, closed, prefix + "(")
    if closed < opened:
        yield from dyck_words(n, opened, closed + 1, prefix + ")")


def walk_tree(tree, path=()):
    for key, sub in tree.items():
        if isinstance(sub, dict):
            yield from walk_tree(sub, path + (key,))
        else:
            yield "/".join(path + (key,)), sub


def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


word = "ABCD"
mine = list(perms(list(word)))
print(len(mine), mine[:5], mine == list(permutations(word)))
print(list(combos("ABCDE", 3)) == list(combinations("ABCDE", 3)), len(list(combos(range(10), 4))), comb(10, 4))
print(list(combinations_with_replacement("xyz", 2)))
print(["".join(p) for p in product("ab", repeat=3)])
print(list(partitions(6)))
print([sum(1 for _ in partitions(n)) for n in range(1, 16)])
sp = list(set_partitions([1, 2, 3, 4]))
print(len(sp), sp[:4])
print(list(gray_code(4)))
print(list(dyck_words(3)), [sum(1 for _ in dyck_words(n)) for n in range(1, 9)])
fs = {"etc": {"hosts": 120, "ssh": {"sshd_config": 3300, "keys": {"a.pub": 400}}}, "var": {"log": {"syslog": 9001}}, "README": 55}
for path, size in sorted(walk_tree(fs), key=lambda kv: -kv[1]):
    print(f"{size:>6}  {path}")
print(list(islice(primes(), 15)), next(p for p in primes() if p > 1000))

# dice puzzle: probability that the sum of 4 dice with the lowest dropped is >= 15
rolls = list(product(range(1, 7), repeat=4))
good = sum(1 for r in rolls if sum(r) - min(r) >= 15)
print(Fraction(good, len(rolls)), f"{good / len(rolls):.4%}")
# cryptarithm TWO + TWO = FOUR
letters = "TWOFUR"
for digits in permutations(range(10), len(letters)):
    m = dict(zip(letters, digits))
    if m["T"] == 0 or m["F"] == 0:
        continue
    two = m["T"] * 100 + m["W"] * 10 + m["O"]
    four = m["F"] * 1000 + m["O"] * 100 + m["U"] * 10 + m["R"]
    if two + two == four:
        print(f"{two} + {two} = {four}")
        break
derangements = sum(1 for p in permutations(range(6)) if all(a != b for a, b in enumerate(p)))
print(derangements, round(factorial(6) / derangements, 5), prod(range(1, 7)))
print(list(chain.from_iterable(combos("abc", k) for k in range(4))))
