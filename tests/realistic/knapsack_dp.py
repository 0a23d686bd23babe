"""Dynamic programming classics: knapsack, LCS, edit distance, coin change, LIS, matrix chain."""
from functools import lru_cache, reduce
from bisect import bisect_left
from typing import List, Sequence, Tuple
import sys


def knapsack(items: Sequence[Tuple[str, int, int]], capacity: int) -> Tuple[int, List[str]]:
    n = len(items)
    table = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i, (_, w, v) in enumerate(items, 1):
        for c in range(capacity + 1):
            table[i][c] = table[i - 1][c]
            if w <= c and table[i - 1][c - w] + v > table[i][c]:
                table[i][c] = table[i - 1][c - w] + v
    chosen, c = [], capacity
    for i in range(n, 0, -1):
        if table[i][c] != table[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return table[n][capacity], chosen[::-1]


def lcs(a: str, b: str) -> str:
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        if a[i] == b[j]:
            return a[i] + go(i + 1, j + 1)
        return max(go(i + 1, j), go(i, j + 1), key=len)
    return go(0, 0)


def edit_distance(a: str, b: str) -> Tuple[int, List[str]]:
    m, n = len(a), len(b)
    d = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m + 1):
        d[i][0] = i
    for j in range(n + 1):
        d[0][j] = j
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
    ops, i, j = [], m, n
    while i or j:
        if i and j and d[i][j] == d[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            if a[i - 1] != b[j - 1]:
                ops.append(f"sub {a[i - 1]}->{b[j - 1]}@{i - 1}")
            i, j = i - 1, j - 1
        elif i and d[i][j] == d[i - 1][j] + 1:
            ops.append(f"del {a[i - 1]}@{i - 1}")
            i -= 1
        else:
            ops.append(f"ins {b[j - 1]}@{i}")
            j -= 1
    return d[m][n], ops[::-1]


def coin_change(coins: Sequence[int], amount: int):
    best = [0] + [sys.maxsize] * amount
    ways = [1] + [0] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    for a in range(1, amount + 1):
        best[a] = min((best[a - c] + 1 for c in coins if c <= a), default=sys.maxsize)
    return (best[amount] if best[amount] != sys.maxsize else None), ways[amount]


def lis(seq: Sequence[int]) -> List[int]:
    tails, idx, prev = [], [], [None] * len(seq)
    for i, x in enumerate(seq):
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
            idx.append(i)
        else:
            tails[k] = x
            idx[k] = i
        prev[i] = idx[k - 1] if k else None
    out, i = [], idx[-1] if idx else None
    while i is not None:
        out.append(seq[i])
        i = prev[i]
    return out[::-1]


def matrix_chain(dims: Sequence[int]) -> Tuple[int, str]:
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = float("inf")
            for k in range(i, j):
                c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if c < cost[i][j]:
                    cost[i][j], split[i][j] = c, k

    def paren(i, j):
        return chr(65 + i) if i == j else f"({paren(i, split[i][j])}{paren(split[i][j] + 1, j)})"
    return cost[0][n - 1], paren(0, n - 1)


items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
         ("cheese", 23, 30), ("beer", 52, 10), ("suntan cream", 11, 70), ("camera", 32, 30)]
value, chosen = knapsack(items, 400)
print(f"knapsack: value {value}, weight {sum(w for n, w, v in items if n in chosen)}: {', '.join(chosen)}")
for a, b in [("AGGTAB", "GXTXAYB"), ("thisisatest", "testing123testing"), ("", "abc")]:
    print(f"lcs({a!r}, {b!r}) = {lcs(a, b)!r}")
for a, b in [("kitten", "sitting"), ("sunday", "saturday"), ("flaw", "lawn"), ("abc", "")]:
    dist, ops = edit_distance(a, b)
    print(f"edit({a}, {b}) = {dist}: {'; '.join(ops)}")
for coins, amount in [((1, 5, 10, 25), 63), ((2,), 3), ((1, 2, 5), 100), ((186, 419, 83, 408), 6249)]:
    print(f"coins {coins} -> {amount}: min/ways = {coin_change(coins, amount)}")
seq = [3, 10, 2, 1, 20, 4, 6, 7, 30, 5, 8, 9]
print("LIS:", lis(seq), len(lis(seq)), lis([]), lis([5, 4, 3]))
print("matrix chain:", matrix_chain([40, 20, 30, 10, 30]), matrix_chain([10, 20, 30, 40, 30]), matrix_chain([5, 10]))
print(reduce(lambda acc, x: acc * 31 + x, map(ord, "dynamic"), 7) % 1_000_003)
