"""Data pipelines built from generators and itertools."""
import itertools as it
from itertools import (islice, chain, groupby, tee, count, cycle, repeat, starmap,
                       takewhile, dropwhile, compress, zip_longest, product,
                       permutations, combinations, combinations_with_replacement, pairwise)
import operator

RECORDS = """date,store,item,qty,price
2024-01-03,downtown,apple,3,0.5
2024-01-03,downtown,pear,1,0.75
2024-01-03,airport,apple,10,0.6
2024-01-04,downtown,apple,2,0.5
2024-01-04,airport,banana,6,0.25
2024-01-05,airport,pear,4,0.8
2024-01-05,downtown,banana,12,0.2
"""


def read_rows(text):
    lines = iter(text.splitlines())
    header = next(lines).split(",")
    for line in lines:
        yield dict(zip(header, line.split(",")))


def convert(rows):
    for r in rows:
        r["qty"] = int(r["qty"])
        r["price"] = float(r["price"])
        yield r


def with_total(rows):
    for r in rows:
        yield {**r, "total": round(r["qty"] * r["price"], 2)}


pipeline = with_total(convert(read_rows(RECORDS)))
rows = list(pipeline)
print(len(rows), rows[0])
for day, group in groupby(rows, key=operator.itemgetter("date")):
    g = list(group)
    print(day, len(g), round(sum(r["total"] for r in g), 2))
by_store = sorted(rows, key=lambda r: r["store"])
print({k: [r["item"] for r in g] for k, g in groupby(by_store, key=lambda r: r["store"])})


def primes():
    composites = {}
    for n in count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)


print(list(islice(primes(), 20)))
print(list(takewhile(lambda p: p < 60, dropwhile(lambda p: p < 30, primes()))))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


evens = (x for x in fib() if x % 2 == 0)
print(list(islice(evens, 10)))
a, b = tee(range(5))
print(list(zip(a, islice(b, 1, None))), list(pairwise("abcd")))
print(list(chain.from_iterable([[1, 2], (3,), "ab"])), list(chain([0], range(2))))
print(list(islice(cycle("RGB"), 7)), list(repeat("x", 3)), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(len(list(product("ab", repeat=3))), list(product([1, 2], "xy")))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))))
print(list(combinations(range(4), 3)), list(combinations_with_replacement("ab", 2)))
print(list(it.accumulate([1, 2, 3, 4], operator.mul, initial=10)))
print(list(it.filterfalse(str.isdigit, "a1b2c3")), list(it.batched(range(7), 3)) if hasattr(it, "batched") else "no batched")


def chunked(iterable, n):
    iterator = iter(iterable)
    while chunk := list(islice(iterator, n)):
        yield chunk


print(list(chunked(range(10), 4)))


def running_average():
    total = 0.0
    n = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        n += 1
        avg = total / n
    return n


gen = running_average()
next(gen)
print([gen.send(x) for x in [10, 20, 30, 5]])
try:
    gen.send(None)
except StopIteration as e:
    print("averaged", e.value, "values")


def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, (4, 5)], []], 6])))
squares = (n * n for n in range(10))
print(sum(squares), sum(squares), type(squares).__name__)
c = count(5, 0.5)
print(next(c), next(c), next(c), repr(c))
print(sorted(set(map(len, ["a", "bb", "cc", "ddd"]))), list(map(operator.add, [1, 2], [10, 20, 30])))
print(dict(enumerate("xyz", start=1)), list(reversed(range(1, 10, 3))), list(zip(*[(1, "a"), (2, "b")])))
