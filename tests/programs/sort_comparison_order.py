# list.sort / sorted make CPython's comparisons in CPython's order (timsort with the
# powersort merge policy): counts, the sequence of __lt__ calls, what an inconsistent
# __lt__ leaves, and the partly sorted list an exception in __lt__ leaves behind.
import random

calls = []


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return f"K({self.v})"


def count(data, **kw):
    calls.clear()
    out = sorted(map(K, data), **kw)
    assert [k.v for k in out] == sorted(data, **{k: v for k, v in kw.items() if k == "reverse"})
    return len(calls)


rng = random.Random(7)
sets = {
    "random 300": [rng.randrange(1000) for _ in range(300)],
    "ascending": list(range(200)),
    "descending": list(range(200, 0, -1)),
    "few values": [rng.randrange(3) for _ in range(250)],
    "sawtooth": [i % 23 for i in range(400)],
    "runs": sorted(rng.sample(range(2000), 300)) + sorted(rng.sample(range(2000), 300)),
    "one out": list(range(100)) + [50] + list(range(100, 150)),
    "small": [3, 1, 2],
}
for name, data in sets.items():
    print(f"{name:<11} {count(data):>6} {count(data, reverse=True):>6}")

calls.clear()
sorted(map(K, [5, 3, 8, 1, 9, 2, 7]))
print(calls)

# a key function: the keys are compared, once each pair as above
calls.clear()
words = ["pear", "fig", "apple", "kiwi", "banana", "date", "plum", "lime"]
print(sorted(words, key=lambda w: K(len(w))), len(calls))

# an inconsistent __lt__ gives CPython's order too
class Coin:
    flips = random.Random(3)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return Coin.flips.random() < 0.5


print([c.v for c in sorted(map(Coin, range(80)))])


# an exception in the middle of a merge leaves the list a partly sorted permutation
class Fragile(K):
    budget = 0

    def __lt__(self, other):
        Fragile.budget -= 1
        if Fragile.budget < 0:
            raise RuntimeError("comparison budget spent")
        return self.v < other.v


for budget in (5, 40, 150, 400):
    Fragile.budget = budget
    items = [Fragile(rng.randrange(100)) for _ in range(90)]
    try:
        items.sort()
        print(budget, "sorted")
    except RuntimeError as e:
        print(budget, e, [f.v for f in items])
