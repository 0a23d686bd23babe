"""Generators as workflows: recursive generators over trees, coroutines driven with
send/throw/close, yield-from return values, generator-based context managers and
pipelines with itertools."""
import contextlib
import itertools
from functools import wraps

TREE = ("root", [
    ("src", [("main.py", 120), ("util.py", 45), ("pkg", [("__init__.py", 0), ("core.py", 300)])]),
    ("docs", [("index.md", 80)]),
    ("setup.cfg", 12),
])


def walk(node, depth=0):
    name, body = node
    if isinstance(body, list):
        yield depth, name + "/", None
        for child in body:
            yield from walk(child, depth + 1)
    else:
        yield depth, name, body


def sizes(node, prefix=""):
    """Yields (path, total size) for every directory, children first; returns the
    node's total size to a delegating caller."""
    name, body = node
    if not isinstance(body, list):
        return body
    path = f"{prefix}/{name}" if prefix else name
    total = 0
    for child in body:
        total += yield from sizes(child, path)
    yield path, total
    return total


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest


def partitions(n, largest=None):
    largest = n if largest is None else largest
    if n == 0:
        yield ()
        return
    for k in range(min(n, largest), 0, -1):
        for rest in partitions(n - k, k):
            yield (k,) + rest


def coroutine(fn):
    @wraps(fn)
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start


@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print(f"   averager ignoring bad input: {e}")
            continue
        except GeneratorExit:
            print(f"   averager closing after {count} values")
            raise
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count


def delegator(results):
    while True:
        summary = yield from averager.__wrapped__()
        results.append(summary)


@contextlib.contextmanager
def indented(label, log):
    log.append(f"begin {label}")
    try:
        yield len(log)
    except KeyError as e:
        log.append(f"handled {e!r} in {label}")
    else:
        log.append(f"clean end {label}")
    finally:
        log.append(f"finally {label}")


def chunked(it, n):
    it = iter(it)
    while batch := list(itertools.islice(it, n)):
        yield batch


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


for depth, name, size in walk(TREE):
    print("  " * depth + name + ("" if size is None else f" ({size})"))

gen = sizes(TREE)
report = []
try:
    while True:
        report.append(next(gen))
except StopIteration as stop:
    print("total:", stop.value)
print(report)

print(list(permutations("abc")), sum(1 for _ in permutations(list(range(6)))))
print(list(partitions(6)), sum(1 for _ in partitions(20)))

avg = averager()
print([avg.send(v) for v in (10, 20, 60)])
avg.throw(ValueError("not a number"))
print(avg.send(5))
avg.close()
print(avg.gi_frame is None, avg.__name__)
avg2 = averager()
avg2.send(3)
try:
    avg2.send(None)
except StopIteration as stop:
    print("returned", stop.value)

results = []
d = delegator(results)
next(d)
for batch in ([1, 2, 3], [10, 20], []):
    for v in batch:
        d.send(v)
    d.send(None)
print("delegated results:", results)
d.close()

log = []
with indented("outer", log) as n:
    with indented("inner", log):
        {}["missing"]
    log.append(f"after inner (entered at {n})")
try:
    with indented("failing", log):
        raise ValueError("boom")
except ValueError as e:
    log.append(f"propagated {e}")
print("\n".join(log))

print(list(chunked(range(10), 4)), list(chunked([], 3)))
print(list(itertools.takewhile(lambda x: x < 100, fib())), next(itertools.dropwhile(lambda x: x < 10**20, fib())))
evens = (x for x in fib() if x % 2 == 0)
print(list(itertools.islice(evens, 8)))
g = (x * x for x in range(3))
print(next(g), list(g), list(g))
pairs = itertools.tee(fib(), 2)
next(pairs[1])
print([a + b for a, b in itertools.islice(zip(*pairs), 6)])
counter = itertools.count(start=0.5, step=0.25)
print([next(counter) for _ in range(4)], list(itertools.repeat("ab", 3)), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(itertools.filterfalse(str.isdigit, "a1b2c3")))
print(list(itertools.product("ab", repeat=2)), list(itertools.combinations_with_replacement("xyz", 2))[:4])
print(list(itertools.chain.from_iterable(["ab", "cd"])), list(itertools.accumulate([3, 1, 4, 1, 5], min)), list(itertools.islice(itertools.cycle("ab"), 5)))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("   generator cleanup ran")
gwf = gen_with_finally()
print(next(gwf))
del gwf
print("end")
