# heapq: merge (key, reverse, ties, laziness), nsmallest/nlargest against sorted(), the
# order of comparisons and key calls, and error cases
import heapq, random

class Loud:
    log = []
    def __init__(self, v, tag): self.v, self.tag = v, tag
    def __lt__(self, other):
        Loud.log.append(("lt", self.tag, other.tag)); return self.v < other.v
    def __eq__(self, other):
        Loud.log.append(("eq", self.tag, other.tag)); return self.v == other.v
    def __repr__(self): return f"{self.v}{self.tag}"

r = random.Random(4)
for trial in range(30):
    data = [r.randrange(20) for _ in range(r.randrange(0, 40))]
    for n in (-1, 0, 1, 2, 3, 5, 10, 50):
        a = heapq.nsmallest(n, data); b = heapq.nlargest(n, data)
        c = heapq.nsmallest(n, iter(data), key=lambda x: -x); d = heapq.nlargest(n, iter(data), key=lambda x: x % 7)
        e = heapq.nsmallest(n, iter(data)); f = heapq.nlargest(n, iter(data))
        print(trial, n, a, b, c, d, e, f)
    ins = [sorted(r.sample(range(100), r.randrange(0, 8))) for _ in range(r.randrange(0, 5))]
    print(list(heapq.merge(*ins)), list(heapq.merge(*[s[::-1] for s in ins], reverse=True)),
          list(heapq.merge(*ins, key=lambda x: x // 10)), list(heapq.merge(*[s[::-1] for s in ins], key=lambda x: x // 10, reverse=True)))

items = [Loud(v, t) for v, t in zip([3, 1, 3, 2, 1, 3, 0, 2], "abcdefgh")]
for fn in (heapq.nsmallest, heapq.nlargest):
    for n in (1, 2, 3, 8, 9):
        Loud.log.clear()
        res = fn(n, iter(items))
        print(fn.__name__, n, res, Loud.log[:12])
        Loud.log.clear()
        res = fn(n, iter(items), key=lambda x: x)
        print(fn.__name__, "key", n, res, Loud.log[:12])
        Loud.log.clear()
        res = fn(n, items)
        print(fn.__name__, "list", n, res)
A = [Loud(1, "a1"), Loud(3, "a3"), Loud(5, "a5")]
B = [Loud(1, "b1"), Loud(3, "b3"), Loud(4, "b4")]
C = [Loud(0, "c0"), Loud(5, "c5")]
Loud.log.clear(); print(list(heapq.merge(A, B, C)), len(Loud.log), Loud.log[:15])
Loud.log.clear(); print(list(heapq.merge(A[::-1], B[::-1], C[::-1], reverse=True)), len(Loud.log))
calls = []
def k(x): calls.append(x.tag); return x.v
Loud.log.clear(); print(list(heapq.merge(A, B, C, key=k)), calls, len(Loud.log))
g = heapq.merge([1, 3], [2])
print(type(g).__name__, next(g), list(g))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [1, 2], [])))
for bad in [(lambda: heapq.nsmallest(2.0, [1, 2, 3])), (lambda: heapq.nlargest(2.5, [1, 2])), (lambda: heapq.nsmallest(2, [1, "a", 3])),
            (lambda: heapq.nlargest(2, 5)), (lambda: list(heapq.merge([1], 5))), (lambda: heapq.nsmallest(1, [])), (lambda: heapq.nlargest(True, [4, 5])),
            (lambda: heapq.nsmallest(2, [3, None, 1], key=lambda x: x)), (lambda: list(heapq.merge([1, 2], ["a"])))]:
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__, e)
print(heapq.__all__)
h = []
for v in [5, 3, 8, 1, 9, 2]: heapq.heappush(h, v)
print(h, heapq.heappop(h), heapq.heappushpop(h, 4), heapq.heapreplace(h, 0), h)

# Against sorted(): stability of equal keys, with and without key, both directions.
pairs = [(r.randrange(5), i) for i in range(200)]
for n in (0, 1, 7, 50, 199, 200, 300):
    assert heapq.nsmallest(n, pairs, key=lambda p: p[0]) == sorted(pairs, key=lambda p: p[0])[:n]
    assert heapq.nlargest(n, pairs, key=lambda p: p[0]) == sorted(pairs, key=lambda p: p[0], reverse=True)[:n]
    assert heapq.nsmallest(n, iter(pairs), key=lambda p: p[0]) == sorted(pairs, key=lambda p: p[0])[:n]
    assert heapq.nlargest(n, iter(pairs), key=lambda p: p[0]) == sorted(pairs, key=lambda p: p[0], reverse=True)[:n]
print("stable selections agree with sorted()")
runs = [sorted(((r.randrange(10), tag) for _ in range(r.randrange(1, 30))), key=lambda p: p[0]) for tag in "abcde"]
merged = list(heapq.merge(*runs, key=lambda p: p[0]))
assert merged == sorted([p for run in runs for p in run], key=lambda p: p[0])
print("stable merge agrees with sorted():", len(merged))

# merge pulls from its inputs only as far as needed.
pulled = []
def source(name, values):
    for v in values:
        pulled.append((name, v))
        yield v
m = heapq.merge(source("x", [1, 4, 9]), source("y", [2, 3, 10]))
print(next(m), pulled)
print(next(m), next(m), pulled)
print(list(m), pulled)

# Only the keys are compared; the items themselves need not be comparable.
print(heapq.nsmallest(2, [{"v": 3}, {"v": 1}, {"v": 2}], key=lambda d: d["v"]))
print(heapq.nlargest(2, [{"v": 3}, {"v": 1}, {"v": 3}], key=lambda d: d["v"]))
print(list(heapq.merge([{"v": 1}, {"v": 5}], [{"v": 1}, {"v": 2}], key=lambda d: d["v"])))
