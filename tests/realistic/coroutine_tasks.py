"""Generator-based coroutines: a priming decorator, running averages, a
broadcaster, throw()/close() handling, `yield from` delegation with return
values, and a round-robin scheduler of cooperative tasks."""

from functools import wraps
from collections import deque


def coroutine(func):
    @wraps(func)
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start


class Reset(Exception):
    pass


@coroutine
def averager():
    """Running mean; throw Reset to start over; close() prints a summary."""
    total = count = 0
    average = None
    try:
        while True:
            try:
                value = yield average
            except Reset:
                total = count = 0
                average = None
                continue
            total += value
            count += 1
            average = total / count
    finally:
        print(f"  averager closing after {count} values")


@coroutine
def collector(name, sink):
    while True:
        item = yield
        sink.append(f"{name}:{item}")


@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


def running_total():
    total = 0
    while True:
        value = yield
        if value is None:
            return total
        total += value


def batch_totals(results):
    while True:
        total = yield from running_total()
        results.append(total)


print("averager:")
avg = averager()
print(" ", [avg.send(v) for v in (10, 20, 30)])
avg.throw(Reset)
print("  after reset:", avg.send(5), avg.send(7))
avg.close()
print("  closed; gi_frame is None:", avg.gi_frame is None)
try:
    avg.send(1)
except StopIteration:
    print("  send after close -> StopIteration")

print("broadcast:")
sink = []
b = broadcast([collector("a", sink), collector("b", sink)])
for word in ["x", "y"]:
    b.send(word)
print(" ", sink)

print("yield from with return values:")
results = []
acc = batch_totals(results)
next(acc)
for batch in ([1, 2, 3], [10, 20], [], [7]):
    for v in batch:
        acc.send(v)
    acc.send(None)
print(" ", results)


def task(name, steps):
    for i in range(steps):
        received = yield f"{name} step {i}"
        if received:
            print(f"    {name} got {received!r}")
    return f"{name} done"


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.log = []
        self.results = {}

    def spawn(self, name, gen):
        self.ready.append((name, gen, None))

    def run(self):
        while self.ready:
            name, gen, msg = self.ready.popleft()
            try:
                out = gen.send(msg)
            except StopIteration as stop:
                self.results[name] = stop.value
                continue
            self.log.append(out)
            reply = "ping" if out.endswith("1") else None
            self.ready.append((name, gen, reply))


print("scheduler:")
s = Scheduler()
s.spawn("A", task("A", 3))
s.spawn("B", task("B", 2))
s.spawn("C", task("C", 1))
s.run()
print(" ", s.log)
print(" ", s.results)


def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print(f"  caught inside: {e}")
        yield "recovered"
    finally:
        print("  guarded cleanup")


print("throw into generator:")
g = guarded()
print(" ", next(g))
print(" ", g.throw(ValueError("bad value")))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("  propagated:", repr(e))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as e:
    print("close() on stubborn generator:", e)
print("finishing it:", next(st, "exhausted"))

gen = (x * x for x in range(3))
print("genexpr:", gen.__name__, list(gen), list(gen))
