"""Lazy pipelines with generators: send/throw/close, yield from, itertools recipes."""
import itertools as it
from collections import deque
from contextlib import closing
import sys


def primes():
    yield 2
    composites = {}
    for n in it.count(3, 2):
        step = composites.pop(n, None)
        if step is None:
            composites[n * n] = 2 * n
            yield n
        else:
            m = n + step
            while m in composites:
                m += step
            composites[m] = step


def running_average():
    total, count, avg = 0.0, 0, None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  reset because:", e)
            total, count, avg = 0.0, 0, None
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return f"averaged {count} values"


def chunked(iterable, n):
    iterator = iter(iterable)
    while chunk := list(it.islice(iterator, n)):
        yield chunk


def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


def delegator():
    result = yield from running_average()
    print("  subgenerator said:", result)
    yield "done"


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        return iter(range(1, self.start + 1))


def tracked(name, items):
    print(f"  [{name}] start")
    try:
        for x in items:
            yield x
    finally:
        print(f"  [{name}] cleanup")


print(list(it.islice(primes(), 15)))
print(next(p for p in primes() if p > 1000))
avg = running_average()
next(avg)
for v in (10, 20, 30):
    print(avg.send(v))
avg.throw(ValueError("bad sensor"))
print(avg.send(5))
try:
    avg.send(None)
except StopIteration as stop:
    print("StopIteration value:", stop.value)
d = delegator()
next(d)
d.send(4)
d.send(8)
print(d.send(None))
print(list(chunked(range(10), 4)), list(flatten([1, [2, (3, [4, 5])], [], 6])))
print(list(Countdown(4)), list(reversed(Countdown(4))), sum(Countdown(100)))
g = tracked("a", range(5))
print(next(g), next(g))
g.close()
with closing(tracked("b", "xyz")) as gen:
    print(list(it.islice(gen, 2)))
for x in tracked("c", [1]):
    pass
gen = (x * x for x in range(5))
print(gen.__name__, next(gen), list(gen), list(gen))


def window(seq, n=3):
    d = deque(maxlen=n)
    for x in seq:
        d.append(x)
        if len(d) == n:
            yield tuple(d)


def roundrobin(*iterables):
    nexts = it.cycle(iter(i).__next__ for i in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in it.filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))


print(list(window("abcde")), list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(powerset("abc")), [k for k, _ in it.groupby("aaabbcaa")], [len(list(g)) for _, g in it.groupby("aaabbcaa")])
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 2, 5])))
print(list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.starmap(pow, [(2, 5), (3, 2)])))
print(list(it.permutations(range(3), 2)), list(it.combinations_with_replacement("ab", 2)))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), list(it.repeat("x", 3)), list(it.accumulate(range(1, 6), lambda x, y: x * y)))
print(sum(1 for _ in it.product(range(3), repeat=3)), next(it.count(10, 2.5)), list(it.pairwise([1, 2, 4, 7])))
nums = iter(range(3))
print(list(zip(nums, nums)), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)


def bad_gen():
    yield 1
    raise StopIteration("inner")


try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
print(sys.getrecursionlimit() >= 1000, type(primes()).__name__, primes.__name__)
