# functools under recursion and composition
import sys
from functools import lru_cache, partial, reduce, wraps, cache
import operator

@lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways(250), ways.cache_info().hits > 0)

@cache
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
print(max(range(1, 3000), key=collatz), collatz(27), collatz.cache_info().currsize > 1000)

@lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(150))

@lru_cache(maxsize=32)
def grid(r, c):
    if r == 0 or c == 0:
        return 1
    return grid(r - 1, c) + grid(r, c - 1)
print(grid(16, 16), grid.cache_info())

def trace(fn):
    calls = []
    @wraps(fn)
    def inner(*args):
        calls.append(args)
        return fn(*args)
    inner.calls = calls
    return inner

@trace
def power(base, exp):
    return 1 if exp == 0 else base * power(base, exp - 1)
print(power(2, 10), len(power.calls), power.calls[:3], power.__name__)

compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
inc = partial(operator.add, 1)
dbl = partial(operator.mul, 2)
print(compose(inc, dbl, inc)(5), compose(dbl)(7))
print(reduce(lambda acc, d: acc * 10 + d, [1, 2, 3, 4]), reduce(operator.or_, [{1}, {2}, {3, 1}]))
print(reduce(lambda a, b: a if len(a) >= len(b) else b, "the quick brown fox".split()))
nested = partial(partial(partial(max, 1), 2), 3)
print(nested(0), nested.args, nested(10, key=lambda v: -v))

class Memo:
    def __init__(self):
        self.hits = 0
    @lru_cache(maxsize=None)
    def compute(self, x):
        self.hits += 1
        return x * x
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return isinstance(other, Memo)
m1, m2 = Memo(), Memo()
print(m1.compute(4), m2.compute(4), m1.hits, m2.hits, Memo.compute.cache_info().hits)
