"""The classic itertools recipes, exercised."""
import collections
import operator
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                       count, cycle, filterfalse, groupby, islice, pairwise, permutations,
                       product, repeat, starmap, tee, zip_longest)
import functools
import random


def take(n, iterable):
    return list(islice(iterable, n))


def prepend(value, iterator):
    return chain([value], iterator)


def tabulate(function, start=0):
    return map(function, count(start))


def tail(n, iterable):
    return iter(collections.deque(iterable, maxlen=n))


def consume(iterator, n=None):
    if n is None:
        collections.deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)


def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))


def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))


def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def grouper(iterable, n, *, incomplete="fill", fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == "fill":
        return zip_longest(*args, fillvalue=fillvalue)
    if incomplete == "strict":
        return zip(*args, strict=True)
    if incomplete == "ignore":
        return zip(*args)
    raise ValueError("Expected fill, strict, or ignore")


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))


def iter_except(func, exception, first=None):
    try:
        if first is not None:
            yield first()
        while True:
            yield func()
    except exception:
        pass


def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)


def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)


def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch


def random_product(rng, *args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    return tuple(map(rng.choice, pools))


def polynomial_eval(coefficients, x):
    n = len(coefficients)
    if n == 0:
        return x * 0
    powers = map(pow, repeat(x), reversed(range(n)))
    return sum(map(operator.mul, coefficients, powers))


def sieve(n):
    data = bytearray((0, 1)) * (n // 2)
    data[:3] = 0, 0, 0
    limit = int(n ** 0.5) + 1
    for p in compress(range(limit), data):
        data[p * p:n:p + p] = bytes(len(range(p * p, n, p + p)))
    data[2] = 1
    return compress(range(n), data)


print(take(5, tabulate(lambda x: x * x, 1)))
print(list(prepend(0, [1, 2])), list(tail(3, "ABCDEFG")))
it = iter(range(10)); consume(it, 4); print(next(it))
print(nth(range(10), 3), nth("abc", 10, "dflt"), all_equal("aaaa"), all_equal("aab"), all_equal(""))
print(quantify([1, 0, 3, None, ""]), list(ncycles("ab", 3)), dotproduct([1, 2, 3], [4, 5, 6]))
print(list(grouper("ABCDEFG", 3, fillvalue="x")), list(grouper("ABCDEFG", 3, incomplete="ignore")))
try:
    list(grouper("ABCDEFG", 3, incomplete="strict"))
except ValueError as e:
    print("strict:", e)
print("".join(roundrobin("ABC", "D", "EF")))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
d = {"a": 1, "b": 2}
print(sorted(iter_except(d.popitem, KeyError)), d)
print(first_true([0, None, [], 7, 8]), first_true([], "none"), first_true(range(10), pred=lambda x: x > 5))
print(list(sliding_window("ABCDE", 3)), list(batched(range(8), 3)))
print(random_product(random.Random(7), "ABC", range(3), repeat=2))
print(polynomial_eval([1, -4, -17, 60], 2), polynomial_eval([], 5))
print(list(sieve(60)))

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)),
      list(accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(pairwise("ABCD")), list(starmap(pow, [(2, 5), (3, 2)])))
print(list(permutations("ABC", 2)), len(list(permutations(range(5)))))
print(list(combinations_with_replacement("AB", 3)), list(product("ab", [0, 1])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(filterfalse(str.isdigit, "a1b2c3")))
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
print(list(zip_longest("AB", "xyz", [1], fillvalue="-")))
a, b, c = tee(iter([1, 2, 3]), 3)
print(list(a), next(b), list(c), list(b))
print(take(7, cycle("xy")), list(repeat("z", 3)), list(islice(count(10, 2.5), 4)))
print(functools.reduce(lambda acc, kv: acc | {kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
counts = collections.Counter(map(len, "the quick brown fox jumps over the lazy dog".split()))
print(sorted(counts.items()), list(islice(product(range(3), repeat=3), 5, 9)))
