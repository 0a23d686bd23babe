"""Rosetta Code tasks: LZW, run-length encoding, N-queens, Mandelbrot in ASCII,
Pascal's triangle, look-and-say, Luhn test, Levenshtein distance, 100 doors,
Sierpinski triangle, Zig-zag matrix, Knight's tour (Warnsdorff)."""
from itertools import groupby, accumulate


def lzw_compress(text):
    dictionary = {chr(i): i for i in range(256)}
    w, out = "", []
    for c in text:
        wc = w + c
        if wc in dictionary:
            w = wc
        else:
            out.append(dictionary[w])
            dictionary[wc] = len(dictionary)
            w = c
    if w:
        out.append(dictionary[w])
    return out


def lzw_decompress(codes):
    dictionary = {i: chr(i) for i in range(256)}
    w = result = dictionary[codes[0]]
    for k in codes[1:]:
        if k in dictionary:
            entry = dictionary[k]
        elif k == len(dictionary):
            entry = w + w[0]
        else:
            raise ValueError(f"bad code {k}")
        result += entry
        dictionary[len(dictionary)] = w + entry[0]
        w = entry
    return result


def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))


def queens(n):
    sols = []
    def place(row, cols, d1, d2, acc):
        if row == n:
            sols.append(acc)
            return
        for c in range(n):
            if c not in cols and row - c not in d1 and row + c not in d2:
                place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc + [c])
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols


def mandelbrot(w=60, h=20, iters=30):
    chars = " .:-=+*#%@"
    for y in range(h):
        row = []
        for x in range(w):
            c = complex(-2.2 + 3.0 * x / w, -1.2 + 2.4 * y / h)
            z, n = 0j, 0
            while abs(z) <= 2 and n < iters:
                z = z * z + c
                n += 1
            row.append(chars[n * (len(chars) - 1) // iters])
        print("".join(row).rstrip())


def pascal(n):
    row = [1]
    for _ in range(n):
        yield row
        row = [a + b for a, b in zip([0] + row, row + [0])]


def look_and_say(s):
    return "".join(str(len(list(g))) + k for k, g in groupby(s))


def luhn(number):
    digits = [int(d) for d in str(number)][::-1]
    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    return total % 10 == 0


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def sierpinski(order):
    rows = ["*"]
    for i in range(order):
        sp = " " * (2 ** i)
        rows = [sp + r + sp for r in rows] + [r + " " + r for r in rows]
    return rows


def zigzag(n):
    idx = sorted(((x, y) for x in range(n) for y in range(n)),
                 key=lambda p: (p[0] + p[1], -p[1] if (p[0] + p[1]) % 2 else p[1]))
    m = [[0] * n for _ in range(n)]
    for k, (x, y) in enumerate(idx):
        m[y][x] = k
    return m


def knights_tour(n=6, start=(0, 0)):
    moves = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]
    board = [[0] * n for _ in range(n)]
    def free(x, y):
        return 0 <= x < n and 0 <= y < n and board[y][x] == 0
    def degree(x, y):
        return sum(free(x + dx, y + dy) for dx, dy in moves)
    x, y = start
    board[y][x] = 1
    for step in range(2, n * n + 1):
        options = [(degree(x + dx, y + dy), x + dx, y + dy)
                   for dx, dy in moves if free(x + dx, y + dy)]
        if not options:
            return None
        _, x, y = min(options)
        board[y][x] = step
    return board


text = "TOBEORNOTTOBEORTOBEORNOT"
codes = lzw_compress(text)
print(codes, lzw_decompress(codes) == text)
print(rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"))
sols = queens(8)
print(len(sols), sols[0], sols[-1])
for r in sols[0]:
    print(" ".join("Q" if c == r else "." for c in range(8)))
mandelbrot()
for row in pascal(7):
    print(" ".join(map(str, row)).center(30))
s = "1"
for _ in range(8):
    print(s)
    s = look_and_say(s)
print([luhn(n) for n in (49927398716, 49927398717, 1234567812345678, 1234567812345670)])
print([levenshtein(a, b) for a, b in (("kitten", "sitting"), ("rosettacode", "raisethysword"), ("", "abc"))])
print("\n".join(sierpinski(3)))
for row in zigzag(5):
    print(" ".join(f"{v:2d}" for v in row))
doors = [False] * 101
for step in range(1, 101):
    for d in range(step, 101, step):
        doors[d] = not doors[d]
print([i for i, open_ in enumerate(doors) if open_])
tour = knights_tour()
for row in tour:
    print(" ".join(f"{v:2d}" for v in row))
print(list(accumulate(range(1, 11), lambda a, b: a * b))[-1])
