"""Classic dynamic-programming puzzles."""
from functools import lru_cache, cache
from itertools import accumulate


def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1])
    out, i, j = [], 0, 0
    while i < m and j < n:
        if a[i] == b[j]:
            out.append(a[i]); i += 1; j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)


def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]


def knapsack(items, capacity):
    best = [(0, ())] * (capacity + 1)
    for name, weight, value in items:
        for c in range(capacity, weight - 1, -1):
            cand = best[c - weight][0] + value
            if cand > best[c][0]:
                best[c] = (cand, best[c - weight][1] + (name,))
    return best[capacity]


def coin_change_ways(coins, total):
    ways = [1] + [0] * total
    for c in coins:
        for v in range(c, total + 1):
            ways[v] += ways[v - c]
    return ways[total]


def min_coins(coins, total):
    INF = float("inf")
    best = [0] + [INF] * total
    for v in range(1, total + 1):
        best[v] = min((best[v - c] + 1 for c in coins if c <= v), default=INF)
    return best[total] if best[total] != INF else -1


@lru_cache(maxsize=None)
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


@cache
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


def lis(seq):
    import bisect
    tails, idx, prev = [], [], [-1] * len(seq)
    for i, x in enumerate(seq):
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x); idx.append(i)
        else:
            tails[k] = x; idx[k] = i
        prev[i] = idx[k - 1] if k else -1
    out, i = [], idx[-1]
    while i != -1:
        out.append(seq[i]); i = prev[i]
    return out[::-1]


def max_subarray(nums):
    best = cur = nums[0]
    start = best_start = best_end = 0
    for i, x in enumerate(nums[1:], 1):
        if cur + x < x:
            cur, start = x, i
        else:
            cur += x
        if cur > best:
            best, best_start, best_end = cur, start, i
    return best, nums[best_start:best_end + 1]


print("LCS:", lcs("AGGTABQWERTY", "GXTXAYBWRT"))
for s, t in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(f"edit({s!r}, {t!r}) = {edit_distance(s, t)}")
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
value, chosen = knapsack(items, 200)
print("knapsack:", value, sorted(chosen))
print("ways to make 100 with US coins:", coin_change_ways([1, 5, 10, 25, 50], 100))
print("min coins for 63:", min_coins([1, 5, 10, 21, 25], 63), min_coins([5, 10], 3))
print("partitions:", [partitions(n) for n in range(1, 16)])
print("p(100) =", partitions(100), partitions.cache_info().hits > 0)
longest = max(range(1, 10000), key=collatz_len)
print("longest collatz under 10000:", longest, collatz_len(longest))
print(collatz_len.cache_info())
print("LIS:", lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]))
print("max subarray:", max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]))
print("prefix sums:", list(accumulate([3, 1, 4, 1, 5, 9, 2, 6])))
print("running max:", list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
tri = [[1]]
for _ in range(9):
    row = tri[-1]
    tri.append([1] + [a + b for a, b in zip(row, row[1:])] + [1])
width = len(" ".join(map(str, tri[-1])))
for row in tri:
    print(" ".join(map(str, row)).center(width).rstrip())
