# An error raised while a comprehension iterates (by the iterator or by the loop's
# unpacking) points at the whole comprehension in its frame, as in CPython 3.11.
import traceback
def gen():
    yield 1
    raise ValueError("bad gen")
def bad(x):
    return 1 / (x - 1)
cases = [
    lambda: [x * 2 for x in gen()],
    lambda: {x for x in gen()},
    lambda: {k: 1 for k in gen()},
    lambda: sum(v for v in gen()),
    lambda: list(v for v in gen() if v),
    lambda: [y for x in [[1], gen()] for y in x],
    lambda: [y for x in [1] for y in gen()],
    lambda: [bad(x) for x in [1]],
    lambda: [x for x in [1] if bad(x)],
    lambda: list(bad(x) for x in [1]),
    lambda: [x
             for x in gen()],
    lambda: {x: bad(x) for x in [3, 1]},
    lambda: [x for x in 5],
    lambda: [(a, b) for a, b in [(1, 2), (3,)]],
]
for c in cases:
    try:
        c()
    except Exception:
        print(traceback.format_exc())
data = [x * 2 for x in gen()]
