"""A collection of memoized dynamic-programming solutions."""
from functools import lru_cache, cache, wraps
import sys

sys.setrecursionlimit(5000)


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_cache(maxsize=None)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


def lcs(x, y):
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(x) or j == len(y):
            return ""
        if x[i] == y[j]:
            return x[i] + go(i + 1, j + 1)
        a, b = go(i + 1, j), go(i, j + 1)
        return a if len(a) >= len(b) else b
    return go(0, 0)


@lru_cache(maxsize=128)
def coin_ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return coin_ways(amount - coins[0], coins) + coin_ways(amount, coins[1:])


def min_coins(amount, coins):
    @cache
    def best(a):
        if a == 0:
            return 0
        options = [best(a - c) for c in coins if c <= a]
        options = [o for o in options if o is not None]
        return 1 + min(options) if options else None
    return best(amount)


def knapsack(items, capacity):
    @cache
    def best(i, cap):
        if i == len(items):
            return 0, ()
        name, weight, value = items[i]
        skip = best(i + 1, cap)
        if weight > cap:
            return skip
        v, chosen = best(i + 1, cap - weight)
        take = (v + value, (name,) + chosen)
        return max(skip, take)
    return best(0, capacity)


@cache
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


@cache
def catalan(n):
    return 1 if n <= 1 else sum(catalan(i) * catalan(n - 1 - i) for i in range(n))


def word_break(s, words):
    words = frozenset(words)

    @cache
    def go(i):
        if i == len(s):
            return [[]]
        out = []
        for j in range(i + 1, len(s) + 1):
            if s[i:j] in words:
                out.extend([s[i:j]] + rest for rest in go(j))
        return out
    return [" ".join(p) for p in go(0)]


def count_calls(func):
    @wraps(func)
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper


@count_calls
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


@lru_cache(maxsize=3)
def square(x):
    return x * x


print("fib(200) =", fib(200))
print("fib cache:", fib.cache_info())
print("slow_fib(20) =", slow_fib(20), "calls:", slow_fib.calls, "name:", slow_fib.__name__)
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]:
    print(f"edit({a!r}, {b!r}) = {edit_distance(a, b)}")
print("edit cache hits>0:", edit_distance.cache_info().hits > 0)
print("lcs:", lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"))
print("coin ways 100:", coin_ways(100, (50, 25, 10, 5, 1)), coin_ways.cache_info().maxsize)
print("min coins:", min_coins(63, (1, 5, 10, 21, 25)), min_coins(7, (2, 4)))
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
value, chosen = knapsack(items, 200)
print("knapsack:", value, sorted(chosen))
print("partitions:", [partitions(n) for n in range(1, 16)], partitions(100))
print("catalan:", [catalan(i) for i in range(12)])
print("word break:", word_break("catsanddog", ["cat", "cats", "and", "sand", "dog"]))
print("word break:", word_break("pineapplepenapple", ["apple", "pen", "applepen", "pine", "pineapple"]))

for x in (1, 2, 3, 1, 4, 1, 2):
    square(x)
info = square.cache_info()
print("square:", info, info.hits, info.misses, info.currsize)
square.cache_clear()
print("cleared:", square.cache_info())
print("wrapped:", square.__wrapped__(9), fib.__wrapped__ is not fib)


@lru_cache(maxsize=None, typed=True)
def typed_id(x):
    return f"{type(x).__name__}:{x}"


print(typed_id(1), typed_id(1.0), typed_id(True), typed_id.cache_info().currsize)
try:
    fib([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("deep fib:", fib(1500) % 10 ** 12)
