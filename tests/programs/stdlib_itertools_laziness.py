# itertools objects are lazy: they pull from their inputs only when asked, in
# CPython's order, and errors from inputs pass through unchanged
import itertools as it

log = []
def src(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        yield i
    log.append(f"{name}-end")

def run(label, factory, take=None):
    log.clear()
    obj = factory()
    made = list(log)
    out = list(it.islice(obj, take)) if take is not None else list(obj)
    print(label, made, out, log)

run("chain", lambda: it.chain(src("a", 2), src("b", 2)))
run("chain-partial", lambda: it.chain(src("a", 3), src("b", 2)), 2)
run("zip_longest", lambda: it.zip_longest(src("a", 2), src("b", 3)))
run("compress", lambda: it.compress(src("d", 4), src("s", 2)))
run("takewhile", lambda: it.takewhile(lambda x: x < 2, src("t", 5)))
run("dropwhile", lambda: it.dropwhile(lambda x: x < 2, src("d", 4)))
run("islice", lambda: it.islice(src("i", 10), 2, 6, 2))
run("islice-stop", lambda: it.islice(src("i", 10), 3))
run("pairwise", lambda: it.pairwise(src("p", 3)))
run("accumulate", lambda: it.accumulate(src("c", 3)))
run("starmap", lambda: it.starmap(lambda x, y: x * y, zip(src("m", 3), src("n", 3))))
run("product", lambda: it.product(src("x", 2), src("y", 2)), 1)
run("combinations", lambda: it.combinations(src("k", 3), 2), 1)
run("cycle", lambda: it.cycle(src("y", 2)), 5)
run("groupby", lambda: ((k, list(g)) for k, g in it.groupby(src("g", 4), key=lambda x: x // 2)))
run("tee", lambda: it.tee(src("e", 3))[0], 2)
run("filterfalse", lambda: it.filterfalse(None, src("f", 3)))

def broken():
    yield 1
    raise ValueError("boom")
for name, factory in [("chain", lambda: it.chain(broken())), ("islice", lambda: it.islice(broken(), 5)),
                      ("cycle", lambda: it.cycle(broken())), ("accumulate", lambda: it.accumulate(broken())),
                      ("groupby", lambda: it.groupby(broken())), ("zip_longest", lambda: it.zip_longest(broken(), [1, 2, 3])),
                      ("tee", lambda: it.tee(broken())[1]), ("pairwise", lambda: it.pairwise(broken()))]:
    obj = factory()
    got = []
    try:
        for v in obj:
            got.append(v[0] if name == "groupby" else v)
    except ValueError as e:
        print(name, got, "ValueError", e)

# exhausted iterators stay exhausted
c = it.chain([1])
print(list(c), list(c), next(c, "empty"))
z = it.zip_longest([1], [2, 3])
print(list(z), list(z))
s = it.islice(iter([1, 2, 3]), 1)
print(list(s), list(s))
r = it.repeat(0, 2)
print(list(r), list(r))
t = it.takewhile(bool, [1, 0, 1])
print(list(t), list(t))

def squares():
    n = 0
    while True:
        yield n * n
        n += 1
print(list(it.islice(it.filterfalse(lambda x: x % 3, squares()), 5)))
print(next(it.dropwhile(lambda x: x < 1000, squares())))
print(sum(it.takewhile(lambda x: x < 100, squares())))
