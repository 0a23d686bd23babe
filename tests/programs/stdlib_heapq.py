# heapq: the exact CPython heap layout, ties, merge, nlargest/nsmallest
import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge

h = []
for v in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heappush(h, v)
    print(h)
print([heappop(h) for _ in range(len(h))], h)

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 12, 11, 10]
heapify(data)
print(data)
print(heapreplace(data, 4), data)
print(heappushpop(data, -1), heappushpop(data, 50), data)
print(heappushpop([], 3))

# ties: equal keys keep CPython's positions
pairs = [(1, "b"), (1, "a"), (0, "z"), (1, "c"), (0, "y")]
hp = []
for p in pairs:
    heappush(hp, p)
print(hp, [heappop(hp) for _ in range(5)])

class Item:
    def __init__(self, k, name):
        self.k, self.name = k, name
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return self.name
items = [Item(2, "a"), Item(1, "b"), Item(2, "c"), Item(1, "d"), Item(0, "e"), Item(2, "f")]
hi = list(items)
heapify(hi)
print(hi, [heappop(hi) for _ in range(len(items))])

big = list(range(3000, 0, -1))
heapify(big)
print(big[:10], big[-5:], all(big[i] <= big[2 * i + 1] for i in range(1499)))

print(nlargest(3, [1, 5, 2, 8, 3, 8]), nsmallest(3, [1, 5, 2, 8, 3, 1]))
print(nlargest(2, "hello"), nsmallest(10, [3, 1, 2]), nlargest(0, [1]), nsmallest(-1, [1]))
print(nlargest(1, [4, 9, 2]), nsmallest(1, []), nlargest(1, []))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(nlargest(2, words, key=len), nsmallest(2, words, key=len), nlargest(4, iter(words), key=len))
print(nsmallest(3, iter(range(100, 0, -7))), nlargest(3, iter(range(100)), key=lambda x: -x))
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 2)]
print(nlargest(2, recs, key=lambda r: r[1]), nsmallest(2, recs, key=lambda r: r[1]))

print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(merge([1, 1, 2], [1, 3], [])), list(merge()), list(merge([], [])))
print(list(merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(merge([5, 3, 1], [4, 2], reverse=True)), list(merge([3, 1], [2], key=lambda x: -x, reverse=True)))
m = merge(iter([1, 3]), iter([2, 4]))
print(next(m), next(m), list(m), type(merge()).__name__)

for f in (lambda: heappop([]), lambda: heapreplace([], 1), lambda: heappush((), 1),
          lambda: heapify(5), lambda: heappush([]), lambda: heapify([1, "a"]),
          lambda: heappush([1], "a"), lambda: nlargest(2, [1, "a", 2])):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
