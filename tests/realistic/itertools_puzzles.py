"""Small combinatorics puzzles solved with itertools, functools and operator."""
import itertools as it
import functools
import operator
from collections import Counter

# SEND + MORE = MONEY, brute force over permutations with pruning
def solve_cryptarithm(words, result):
    letters = sorted(set("".join(words) + result))
    leading = {w[0] for w in words + [result]}
    for digits in it.permutations(range(10), len(letters)):
        table = dict(zip(letters, digits))
        if any(table[c] == 0 for c in leading):
            continue
        value = lambda w: functools.reduce(lambda acc, c: acc * 10 + table[c], w, 0)
        if sum(map(value, words)) == value(result):
            return {k: table[k] for k in letters}
    return None


print(solve_cryptarithm(["TO", "GO"], "OUT"))
print(solve_cryptarithm(["AB", "BA"], "CC") is not None)

# change-making: count combinations with repetition
coins = [1, 2, 5, 10, 20]
ways = sum(1 for n in range(1, 9) for combo in it.combinations_with_replacement(coins, n) if sum(combo) == 20)
print("ways to make 20 with up to 8 coins:", ways)

# 24 game
def solve24(nums):
    ops = [(operator.add, "+"), (operator.sub, "-"), (operator.mul, "*"), (operator.truediv, "/")]
    found = set()
    for a, b, c, d in set(it.permutations(nums)):
        for (f1, s1), (f2, s2), (f3, s3) in it.product(ops, repeat=3):
            try:
                if abs(f3(f2(f1(a, b), c), d) - 24) < 1e-9:
                    found.add(f"(({a}{s1}{b}){s2}{c}){s3}{d}")
                if abs(f2(f1(a, b), f3(c, d)) - 24) < 1e-9:
                    found.add(f"({a}{s1}{b}){s2}({c}{s3}{d})")
            except ZeroDivisionError:
                pass
    return sorted(found)[:4]


for hand in [(4, 7, 8, 8), (1, 5, 5, 5), (3, 3, 8, 8), (1, 1, 1, 1)]:
    print(hand, solve24(hand))

# itertools recipes
def grouper(iterable, n, fillvalue=None):
    return it.zip_longest(*[iter(iterable)] * n, fillvalue=fillvalue)


def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))


def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), it.groupby(iterable, key)))


def sliding(iterable, n):
    its = it.tee(iterable, n)
    for i, x in enumerate(its):
        for _ in range(i):
            next(x, None)
    return zip(*its)


print(list(grouper("ABCDEFG", 3, "x")), list(powerset("abc")))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
print(list(sliding(range(6), 3)), list(it.pairwise("abcd")), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate(range(1, 6), operator.mul, initial=10)), list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.islice(it.cycle("ab"), 5)), list(it.islice(it.count(10, 2.5), 4)), list(it.repeat("z", 3)))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(str.isdigit, "a1b2c3")), [(k, len(list(g))) for k, g in it.groupby(sorted("mississippi"))])
print(list(it.product("ab", [0, 1])), len(list(it.permutations(range(5), 3))), list(it.combinations("abcd", 2))[:4])
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.zip_longest("ab", "wxyz", fillvalue="-")), list(it.chain("ab", [1], (2,))))
print(list(it.islice(range(100), 10, 30, 7)), list(it.batched("abcdefg", 3)) if hasattr(it, "batched") else "no batched")

# functools
@functools.lru_cache(maxsize=None)
def partitions(n, largest=None):
    largest = n if largest is None else largest
    if n == 0:
        return 1
    return sum(partitions(n - k, k) for k in range(1, min(n, largest) + 1))


print([partitions(n) for n in range(1, 16)], partitions.cache_info().hits > 0)
partitions.cache_clear()
print(partitions.cache_info())
pow2 = functools.partial(pow, 2)
print(pow2(10), pow2.func is pow, pow2.args, repr(functools.partial(int, base=2)), functools.partial(int, base=2)("1011"))
print(sorted(["banana", "Apple", "cherry", "apple"], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()) or (x > y) - (x < y))))
print(functools.reduce(operator.or_, [{1}, {2, 3}, {3, 4}]), functools.reduce(lambda a, b: a + b, [], "empty"))


class Catalog:
    def __init__(self, items):
        self.items = items

    @functools.cached_property
    def histogram(self):
        print("  (computing histogram)")
        return Counter(self.items)

    @functools.singledispatchmethod
    def describe(self, arg):
        return f"object {arg!r}"

    @describe.register
    def _(self, arg: int):
        return f"int {arg} seen {self.histogram[arg]}x"

    @describe.register(list)
    def _(self, arg):
        return "list of " + ", ".join(self.describe(x) for x in arg)


cat = Catalog([1, 2, 2, 3, 3, 3])
print(cat.describe(3), "|", cat.describe("x"), "|", cat.describe([2, 9]))
print(cat.histogram.most_common(2), "histogram" in vars(cat))
getter = operator.itemgetter(2, 0)
print(getter("abcdef"), operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", "-", 1)("a-b-c"))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)), operator.index(7), operator.length_hint(iter([1, 2, 3])))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1), operator.indexOf("xyz", "z"), operator.truth(0))
