"""Data processing with generator pipelines (David Beazley style)."""
import itertools
import re
from collections import deque

ACCESS_LOG = """\
10.0.0.1 - - [01/Mar/2024:10:00:00] "GET /index.html HTTP/1.1" 200 1043
10.0.0.2 - - [01/Mar/2024:10:00:01] "GET /img/logo.png HTTP/1.1" 200 5120
10.0.0.1 - - [01/Mar/2024:10:00:02] "GET /about HTTP/1.1" 404 -
10.0.0.3 - - [01/Mar/2024:10:00:03] "POST /login HTTP/1.1" 302 -
10.0.0.2 - - [01/Mar/2024:10:00:04] "GET /index.html HTTP/1.1" 304 -
# comment line
10.0.0.4 - - [01/Mar/2024:10:00:05] "GET /download/big.zip HTTP/1.1" 200 1048576
10.0.0.1 - - [01/Mar/2024:10:00:06] "GET /index.html HTTP/1.1" 200 1043

10.0.0.3 - - [01/Mar/2024:10:00:07] "GET /dashboard HTTP/1.1" 500 17
"""

PATTERN = re.compile(r'(\S+) \S+ \S+ \[(.*?)\] "(\S+) (\S+) (\S+)" (\d+) (\S+)')
COLNAMES = ("host", "time", "method", "path", "proto", "status", "bytes")


def read_lines(text):
    for line in text.splitlines():
        yield line


def strip_comments(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def parse(lines):
    for line in lines:
        m = PATTERN.match(line)
        if m:
            yield dict(zip(COLNAMES, m.groups()))


def convert(records, field, func):
    for r in records:
        r[field] = func(r[field])
        yield r


def where(records, pred):
    return (r for r in records if pred(r))


def trace(seq, label, sink):
    for item in seq:
        sink.append(label)
        yield item


events = []
lines = trace(read_lines(ACCESS_LOG), "line", events)
records = convert(convert(parse(strip_comments(lines)), "status", int),
                  "bytes", lambda s: 0 if s == "-" else int(s))
print("pipeline built, events so far:", events)
first = next(records)
print("first record:", first)
print("events after one record:", events)
rest = list(records)
print("total records:", 1 + len(rest), "line events:", len(events))

all_recs = [first] + rest
print("bytes sent:", sum(r["bytes"] for r in all_recs))
print("errors:", [(r["host"], r["path"], r["status"]) for r in where(all_recs, lambda r: r["status"] >= 400)])
largest = max(all_recs, key=lambda r: r["bytes"])
print("largest:", largest["path"], largest["bytes"])


# coroutine-style consumers
def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start


@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


@coroutine
def counter(results):
    n = 0
    try:
        while True:
            item = yield n
            n += 1
            results.append(item[:20])
    except GeneratorExit:
        results.append(f"closed after {n}")


results = []
sink = counter(results)
g = grep("GET /index", sink)
for line in ACCESS_LOG.splitlines():
    g.send(line)
g.close()
sink.close()
print(results)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def window(it, n):
    d = deque(maxlen=n)
    for x in it:
        d.append(x)
        if len(d) == n:
            yield tuple(d)


def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count


print(list(itertools.islice(fib(), 15)))
print(list(window(itertools.islice(fib(), 8), 3)))
ra = running_avg()
next(ra)
print([ra.send(x) for x in (10, 20, 60, 10)])


def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, (4, 5)], 6], [[[7]]], 8])))


def delegator():
    result = yield from sub()
    yield f"sub returned {result}"


def sub():
    received = yield "sub started"
    yield f"sub got {received}"
    return received * 2


d = delegator()
print(next(d), d.send(21), next(d))


def gen_with_cleanup(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("cleanup ran")


log = []
gen = gen_with_cleanup(log)
print([x for x, _ in zip(gen, range(3))], log)
gen.close()
print(log, list(gen))
try:
    g2 = (1 / x for x in (1, 0))
    print(next(g2))
    next(g2)
except ZeroDivisionError as e:
    print("ZeroDivisionError in genexpr:", e)
squares = (x * x for x in range(5))
print(sum(squares), sum(squares), type(squares).__name__)
thrower = fib()
next(thrower)
try:
    thrower.throw(ValueError("stop it"))
except ValueError as e:
    print("thrown back:", e)
print(list(itertools.takewhile(lambda x: x < 100, itertools.dropwhile(lambda x: x < 10, fib()))))
