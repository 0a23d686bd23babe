from functools import lru_cache
from bisect import bisect_left


def edit_script(a, b):
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        dp[i][0] = i
    for j in range(m + 1):
        dp[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost = a[i - 1] != b[j - 1]
            dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + cost)
    ops, i, j = [], n, m
    while i or j:
        if i and j and dp[i][j] == dp[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            ops.append("=" if a[i - 1] == b[j - 1] else "~")
            i, j = i - 1, j - 1
        elif i and dp[i][j] == dp[i - 1][j] + 1:
            ops.append("-")
            i -= 1
        else:
            ops.append("+")
            j -= 1
    return dp[n][m], "".join(reversed(ops))


def needleman_wunsch(a, b, match=1, mismatch=-1, gap=-2):
    rows, cols = len(a) + 1, len(b) + 1
    score = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        score[i][0] = i * gap
    for j in range(cols):
        score[0][j] = j * gap
    for i in range(1, rows):
        for j in range(1, cols):
            diag = score[i - 1][j - 1] + (match if a[i - 1] == b[j - 1] else mismatch)
            score[i][j] = max(diag, score[i - 1][j] + gap, score[i][j - 1] + gap)
    top, bottom, i, j = [], [], len(a), len(b)
    while i > 0 or j > 0:
        if i > 0 and j > 0 and score[i][j] == score[i - 1][j - 1] + (match if a[i - 1] == b[j - 1] else mismatch):
            top.append(a[i - 1]); bottom.append(b[j - 1]); i -= 1; j -= 1
        elif i > 0 and score[i][j] == score[i - 1][j] + gap:
            top.append(a[i - 1]); bottom.append("-"); i -= 1
        else:
            top.append("-"); bottom.append(b[j - 1]); j -= 1
    top, bottom = "".join(reversed(top)), "".join(reversed(bottom))
    mid = "".join("|" if x == y else " " if "-" in (x, y) else "." for x, y in zip(top, bottom))
    return score[-1][-1], top, mid, bottom


def lis(seq):
    tails, idx, parent = [], [], [None] * len(seq)
    for i, x in enumerate(seq):
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x); idx.append(i)
        else:
            tails[k] = x; idx[k] = i
        parent[i] = idx[k - 1] if k else None
    out, i = [], idx[-1]
    while i is not None:
        out.append(seq[i]); i = parent[i]
    return out[::-1]


def word_break(s, words):
    words = frozenset(words)

    @lru_cache(maxsize=None)
    def go(start):
        if start == len(s):
            return [[]]
        result = []
        for end in range(start + 1, len(s) + 1):
            if s[start:end] in words:
                result.extend([s[start:end]] + rest for rest in go(end))
        return result

    return [" ".join(p) for p in go(0)]


def rod_cutting(prices, n):
    best = [0] * (n + 1)
    cut = [0] * (n + 1)
    for length in range(1, n + 1):
        for first in range(1, min(length, len(prices)) + 1):
            value = prices[first - 1] + best[length - first]
            if value > best[length]:
                best[length], cut[length] = value, first
    pieces = []
    while n:
        pieces.append(cut[n]); n -= cut[n]
    return best[-1] if pieces else 0, sorted(pieces, reverse=True)


def matrix_chain(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for span in range(1, n):
        for i in range(n - span):
            j = i + span
            cost[i][j] = float("inf")
            for k in range(i, j):
                c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if c < cost[i][j]:
                    cost[i][j], split[i][j] = c, k

    def paren(i, j):
        return f"M{i + 1}" if i == j else f"({paren(i, split[i][j])} x {paren(split[i][j] + 1, j)})"

    return cost[0][n - 1], paren(0, n - 1)


def can_partition(nums):
    total = sum(nums)
    if total % 2:
        return None
    reachable = {0: []}
    for x in nums:
        for s, items in list(reachable.items()):
            if s + x not in reachable:
                reachable[s + x] = items + [x]
    return reachable.get(total // 2)


for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]:
    d, ops = edit_script(a, b)
    print(f"{a!r:>12} -> {b!r:<12} distance {d}: {ops}")
s, top, mid, bot = needleman_wunsch("GATTACA", "GCATGCU")
print(f"NW score {s}\n  {top}\n  {mid}\n  {bot}")
print(lis([3, 10, 2, 1, 20, 4, 6, 7, 30, 5, 8, 9]), lis([5, 4, 3]))
print(word_break("catsanddog", ["cat", "cats", "and", "sand", "dog"]))
print(len(word_break("aaaaaaaaaaaa", ["a", "aa", "aaa", "aaaa"])))
print(rod_cutting([1, 5, 8, 9, 10, 17, 17, 20], 8), rod_cutting([3, 5, 8, 9, 10, 17, 17, 20], 13))
print(matrix_chain([40, 20, 30, 10, 30]), matrix_chain([10, 20, 30, 40, 30, 5]))
print(can_partition([1, 5, 11, 5]), can_partition([1, 2, 3, 5]), can_partition([3, 1, 1, 2, 2, 1]))
