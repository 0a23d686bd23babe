# Generators: laziness, yield expressions, StopIteration, generator expressions, iteration protocol.
def count_up(n):
    print("start")
    for i in range(n):
        print("yielding", i)
        yield i
    print("done")
g = count_up(2)
print("created", type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(g, "default"), list(g))
def returns():
    yield 1
    return "ret"
g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)
ge = (x * x for x in range(5) if x % 2 == 0)
print(type(ge).__name__, next(ge), list(ge), list(ge))
log = []
lazy = (log.append(i) or i for i in range(3))
print(log)
next(lazy)
print(log)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())), sum(take(100, fib())))
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(next(e), e.send(1), e.send("two"), next(e))
def empty():
    return
    yield
print(list(empty()), list(x for x in []))
def gen_with_state():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
gs = gen_with_state()
next(gs)
for v in (1, 2, 3):
    print(gs.send(v))
try:
    gs.send(None)
except StopIteration:
    print("finished")
it = iter(count_up(1))
print(it is iter(it), iter(range(2)) is not range(2))
print(sorted(x for x in "bca"), max(x for x in (3, 9, 2)), "".join(c.upper() for c in "ab"), any(x > 2 for x in fib()))
def gen_exc():
    yield 1
    raise ValueError("in gen")
try:
    list(gen_exc())
except ValueError as e:
    print("ValueError", e)
def stopiter_in_gen():
    yield 1
    raise StopIteration("bad")
try:
    list(stopiter_in_gen())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
g2 = count_up(0)
print(g2.__name__, g2.__qualname__ if hasattr(g2, "__qualname__") else "", list(g2))
def running():
    yield g3.gi_running if hasattr(g3, "gi_running") else True
g3 = running()
print(next(g3))
def self_next():
    yield next(g4)
g4 = self_next()
try:
    next(g4)
except ValueError as e:
    print("ValueError", e)
print([list(range(i)) for i in (x for x in range(3))])
def outer_gen():
    for c in "ab":
        yield (c + str(i) for i in range(2))
print([list(inner) for inner in outer_gen()])
