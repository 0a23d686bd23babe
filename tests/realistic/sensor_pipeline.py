"""A generator pipeline over sensor readings, with coroutines fed by send()."""
import itertools
import math
import random
from statistics import mean, median, pstdev


def readings(seed, n):
    rng = random.Random(seed)
    sensors = ["north", "south", "east"]
    t = 0
    for i in range(n):
        t += rng.randint(1, 4)
        name = rng.choice(sensors)
        value = round(20 + 5 * math.sin(t / 10) + rng.gauss(0, 0.8), 2)
        if rng.random() < 0.05:
            value = None
        yield {"t": t, "sensor": name, "value": value}


def drop_missing(stream, log):
    for r in stream:
        if r["value"] is None:
            log.append(r["t"])
            continue
        yield r


def calibrate(stream, offsets):
    for r in stream:
        yield {**r, "value": round(r["value"] + offsets.get(r["sensor"], 0.0), 2)}


def moving_average(stream, k):
    window = []
    for r in stream:
        window.append(r["value"])
        if len(window) > k:
            window.pop(0)
        yield {**r, "avg": round(sum(window) / len(window), 3)}


def alarms(threshold):
    """Coroutine: receives values, yields True when an alarm starts."""
    above = False
    count = 0
    result = None
    while True:
        try:
            value = yield result
        except GeneratorExit:
            print(f"  alarm monitor closed after {count} alarms")
            raise
        except ValueError as e:
            print(f"  monitor reset by {e!r}")
            above = False
            result = None
            continue
        started = value > threshold and not above
        above = value > threshold
        count += started
        result = started


def batched(iterable, n):
    it = iter(iterable)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


def summarize():
    total = 0
    n = 0
    while True:
        value = yield
        if value is None:
            return n, total
        n += 1
        total += value


def run_summary(values):
    gen = summarize()
    next(gen)
    for v in values:
        gen.send(v)
    try:
        gen.send(None)
    except StopIteration as stop:
        return stop.value


def delegate(values):
    result = yield from summarize_wrapper(values)
    return result


def summarize_wrapper(values):
    for v in values:
        yield v * 2
    return len(values)


def main():
    missing = []
    pipeline = moving_average(calibrate(drop_missing(readings(11, 60), missing),
                                        {"north": -0.5, "east": 0.25}), 4)
    monitor = alarms(24.0)
    next(monitor)
    rows = []
    for r in pipeline:
        if monitor.send(r["avg"]):
            print(f"  ALARM at t={r['t']} ({r['sensor']}, avg {r['avg']})")
        rows.append(r)
        if r["t"] > 90 and r["t"] < 95:
            monitor.throw(ValueError("maintenance"))
    monitor.close()
    print("missing readings at", missing)
    print(f"kept {len(rows)} rows, last {rows[-1]}")
    values = [r["value"] for r in rows]
    print(f"mean {mean(values):.3f} median {median(values):.3f} pstdev {pstdev(values):.3f}")
    key = lambda r: r["sensor"]
    for sensor, group in itertools.groupby(sorted(rows, key=key), key=key):
        vals = [g["value"] for g in group]
        print(f"  {sensor:<6} n={len(vals):>2} min={min(vals):6.2f} max={max(vals):6.2f}")
    for chunk in itertools.islice(batched(rows, 16), 2):
        print("  batch", [r["t"] for r in chunk][:5], "...", len(chunk))
    print("summary", run_summary(values[:10]))
    d = delegate([1, 2, 3])
    print(list(d))
    gen = delegate([4])
    print(next(gen))
    try:
        next(gen)
    except StopIteration as e:
        print("returned", e.value)
    a, b = itertools.tee((r["t"] for r in rows[:6]))
    print(list(zip(a, itertools.islice(b, 1, None))))
    print(list(itertools.pairwise("abcd")), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
    print(list(itertools.accumulate([1, 2, 3], initial=100)), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
    print(list(itertools.takewhile(lambda x: x < 22, values))[:3], next(itertools.dropwhile(lambda x: x < 22, values)))
    print(list(itertools.zip_longest("ab", "wxyz", fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
    print(list(itertools.islice(itertools.count(0.5, 0.25), 4)), list(itertools.islice(itertools.cycle("xy"), 5)))
    print(list(itertools.chain.from_iterable([[1], (2, 3), "45"])), list(itertools.repeat("z", 3)))
    g = (x * x for x in range(5))
    print(next(g), list(g), list(g))
    closed = (x for x in range(3))
    closed.close()
    print(list(closed), sum(x for x in range(10) if x % 3))


main()
