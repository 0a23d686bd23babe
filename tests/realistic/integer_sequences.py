"""A handful of OEIS favourites, each as a generator."""
from itertools import islice, groupby, count, accumulate, takewhile
from fractions import Fraction
from math import isqrt


def look_and_say(seed="1"):
    term = seed
    while True:
        yield term
        term = "".join(f"{len(list(g))}{d}" for d, g in groupby(term))


def recaman():
    seen, a = {0}, 0
    for n in count(1):
        yield a
        b = a - n
        a = b if b > 0 and b not in seen else a + n
        seen.add(a)


def kolakoski():
    seq = [1, 2, 2]
    yield from seq
    i = 2
    while True:
        nxt = 1 if seq[-1] == 2 else 2
        for _ in range(seq[i]):
            seq.append(nxt)
            yield nxt
        i += 1


def stern_brocot():
    a, b = 1, 1
    seq = [1, 1]
    i = 1
    while True:
        yield Fraction(seq[i - 1], seq[i])
        seq += [seq[i - 1] + seq[i], seq[i]]
        i += 1


def happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1


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


def hamming():
    h, i2, i3, i5 = [1], 0, 0, 0
    while True:
        yield h[-1]
        nxt = min(2 * h[i2], 3 * h[i3], 5 * h[i5])
        h.append(nxt)
        if nxt == 2 * h[i2]: i2 += 1
        if nxt == 3 * h[i3]: i3 += 1
        if nxt == 5 * h[i5]: i5 += 1


def ulam_spiral(size):
    grid = [[" "] * size for _ in range(size)]
    x = y = size // 2
    dx, dy = 1, 0
    n, steps, leg = 1, 1, 0
    def is_prime(k):
        return k > 1 and all(k % p for p in range(2, isqrt(k) + 1))
    while 0 <= x < size and 0 <= y < size:
        for _ in range(steps):
            if 0 <= x < size and 0 <= y < size:
                grid[y][x] = "#" if is_prime(n) else "·"
            n += 1
            x, y = x + dx, y + dy
        dx, dy = dy, -dx
        leg += 1
        if leg % 2 == 0:
            steps += 1
    return ["".join(r) for r in grid]


terms = list(islice(look_and_say(), 10))
print(terms[:7], [len(t) for t in terms])
print("Recamán:", list(islice(recaman(), 20)))
print("Kolakoski:", "".join(map(str, islice(kolakoski(), 40))))
print("Stern-Brocot:", [str(f) for f in islice(stern_brocot(), 15)])
print("happy numbers:", [n for n in range(1, 60) if happy(n)])
print("longest Collatz under 10000:", max(range(1, 10000), key=collatz_len), collatz_len(27))
print("Hamming:", list(islice(hamming(), 25)), "1000th:", next(islice(hamming(), 999, None)))
triangular = list(accumulate(range(1, 20)))
print("triangular:", triangular, "squares among them:", [t for t in triangular if isqrt(t) ** 2 == t])
print("powers of two below 10**6 with digit sum 8:", [p for p in takewhile(lambda v: v < 10**6, (2 ** k for k in count())) if sum(map(int, str(p))) == 8])
catalan = [1]
for n in range(1, 15):
    catalan.append(catalan[-1] * 2 * (2 * n - 1) // (n + 1))
print("Catalan:", catalan)
bell = [[1]]
for _ in range(10):
    row = [bell[-1][-1]]
    for v in bell[-1]:
        row.append(row[-1] + v)
    bell.append(row)
print("Bell:", [r[0] for r in bell])
for line in ulam_spiral(21):
    print(line)
