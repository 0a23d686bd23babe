# A suspended generator keeps its frame's slots and value stack; these generators
# yield at different value-stack depths, from nested loops, inside expressions,
# with cells and handlers live, so that the saved frame changes shape between yields.


def depths(n):
    # Each yield sits deeper in an expression than the one before.
    for i in range(n):
        a = yield i
        b = (yield a) + 1
        c = [1, 2, (yield (a, b)), 3]
        d = {"k": (yield c), "m": [(yield i * 10), (yield i * 20)]}
        yield d


g = depths(3)
out = [next(g)]
try:
    v = 0
    while True:
        v += 1
        out.append(g.send(v))
except StopIteration:
    pass
print(out)


def nested_loops(rows, cols):
    for r in range(rows):
        for c in range(cols):
            for k in (r, c):
                yield r, c, k


print(sum(r * 100 + c * 10 + k for r, c, k in nested_loops(20, 30)))


def counter_with_cells(start):
    total = start

    def bump(x):
        nonlocal total
        total += x
        return total

    while total < 50:
        got = yield bump(3)
        if got:
            bump(got)
    return total


g = counter_with_cells(1)
seen = [next(g), g.send(10), next(g), g.send(20), next(g)]
try:
    while True:
        seen.append(next(g))
except StopIteration as e:
    seen.append(("returned", e.value))
print(seen)


def guarded(log):
    try:
        for i in range(5):
            try:
                yield i
            except ValueError as e:
                log.append(("caught", str(e)))
                yield -i
    finally:
        log.append("finally")


log = []
g = guarded(log)
print(next(g), next(g), g.throw(ValueError("boom")), next(g), next(g))
g.close()
print(log)


def pipeline(n):
    def source():
        for i in range(n):
            yield i

    def square(it):
        for x in it:
            yield x * x

    def window(it, size):
        buf = []
        for x in it:
            buf.append(x)
            if len(buf) == size:
                yield tuple(buf)
                buf.clear()
        if buf:
            yield tuple(buf)

    return list(window(square(source()), 4))


print(pipeline(10))
print(sum(x for x in range(100_000)))
print(sum(sum(y for y in range(x)) for x in range(300)))


def delegating():
    r = yield from nested_loops(1, 2)
    yield ("delegated done", r)
    yield from nested_loops(2, 2)


print(list(delegating()))


# Many generators alive at once, resumed in turn, each with its own saved frame.
gens = [((i, j) for j in range(i, i + 4)) for i in range(50)]
rounds = []
for _ in range(4):
    rounds.append(sum(a * b for a, b in (next(g) for g in gens)))
print(rounds)


# A generator in a reference cycle, suspended: the collector frees it.
class Holder:
    pass


def holds(h):
    x = h
    yield 1
    yield x


import gc
import weakref

h = Holder()
h.g = holds(h)
print(next(h.g))
r = weakref.ref(h, lambda _: print("holder freed"))
del h
gc.collect()
print(r() is None)
