# itertools.count, cycle, repeat: values, reprs, laziness
import itertools
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)))
print(list(islice(count(10), 3)))
print(list(islice(count(1, 3), 4)))
print(list(islice(count(0.5, 0.25), 4)))
print(list(islice(count(5, -2), 4)))
print(list(islice(count(2**64), 2)))
print(list(islice(count(True), 3)), list(islice(count(True, 2), 2)))
print(count(), count(5), count(5, 2), count(0.5, 0.25), count(1, 1.0), count(-1))
print(count(2**70, -1), count(start=3, step=2), count(True), count(True, 2))
c = count(3)
next(c)
next(c)
print(c, next(c), c)
print(type(c), type(c).__name__, type(c).__module__, isinstance(c, count))
print(iter(c) is c)

# cycle saves the first pass and replays it
def gen():
    for i in range(3):
        print("produce", i)
        yield i
cy = cycle(gen())
print([next(cy) for _ in range(8)])
print(list(cycle([])))
print(list(islice(cycle("ab"), 5)))

# repeat
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -4)))
print(list(islice(repeat([1]), 3)))
r = repeat(7, 2)
print(r, next(r), r, next(r), r)
print(repeat("a"), repeat(None, times=2))
print(r.__length_hint__(), repeat(1, 5).__length_hint__())
print(list(map(pow, range(5), repeat(2))))
print(list(zip(count(1), "abc")))

# laziness: nothing is consumed before next()
def noisy():
    print("started")
    yield 1
cyc = cycle(noisy())
print("created")
print(next(cyc), next(cyc))

for f in (lambda: count("a"), lambda: count(1, "b"), lambda: count(1, 2, 3),
          lambda: count(foo=1), lambda: repeat(), lambda: repeat(1, 2, 3),
          lambda: repeat(1, "x"), lambda: cycle(), lambda: cycle(5),
          lambda: len(repeat(1, 3)), lambda: repeat(1).__length_hint__()):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
