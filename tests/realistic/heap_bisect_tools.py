"""Top-k queries, merging sorted streams, median maintenance, interval lookup."""
import heapq
import bisect
from bisect import bisect_left, bisect_right, insort


class RunningMedian:
    def __init__(self):
        self.lo = []   # max-heap (negated)
        self.hi = []   # min-heap

    def add(self, x):
        if not self.lo or x <= -self.lo[0]:
            heapq.heappush(self.lo, -x)
        else:
            heapq.heappush(self.hi, x)
        if len(self.lo) > len(self.hi) + 1:
            heapq.heappush(self.hi, -heapq.heappop(self.lo))
        elif len(self.hi) > len(self.lo):
            heapq.heappush(self.lo, -heapq.heappop(self.hi))

    def median(self):
        if len(self.lo) > len(self.hi):
            return -self.lo[0]
        return (-self.lo[0] + self.hi[0]) / 2


rm = RunningMedian()
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    rm.add(x)
    print(f"add {x:2d} -> median {rm.median()}")

words = "the quick brown fox jumps over the lazy dog the fox barks".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(heapq.nlargest(3, freq.items(), key=lambda kv: (kv[1], kv[0])))
print(heapq.nsmallest(4, words), heapq.nsmallest(2, words, key=len), heapq.nlargest(2, [3, 1, 4, 1, 5, 9, 2, 6]))
streams = [[1, 4, 7, 10], [2, 5, 8], [0, 3, 6, 9, 12]]
print(list(heapq.merge(*streams)), list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(["apple", "fig"], ["banana", "kiwi"], key=len)))
h = [9, 4, 7, 1, 8, 2]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 100), h)
print([heapq.heappop(h) for _ in range(len(h))])

GRADES = [(60, "F"), (70, "D"), (80, "C"), (90, "B")]
breakpoints = [b for b, _ in GRADES]


def grade(score, letters="FDCBA"):
    return letters[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect_left(a, 4), bisect_right(a, 4), bisect_left(a, 5), bisect_right(a, 100), bisect_left(a, -1))
print(bisect_left(a, 4, 4), bisect_right(a, 4, 0, 3))
insort(a, 5)
insort(a, 4)
bisect.insort_left(a, 0)
print(a)
records = sorted([("carol", 35), ("alice", 30), ("bob", 25), ("dave", 40)], key=lambda r: r[1])
ages = [r[1] for r in records]
i = bisect_left(ages, 31)
print(records[i:], bisect_left(records, 31, key=lambda r: r[1]), bisect.bisect(records, 40, key=lambda r: r[1]))
bisect.insort(records, ("eve", 33), key=lambda r: r[1])
print(records)


class Intervals:
    """Non-overlapping half-open intervals with point lookup."""

    def __init__(self):
        self.starts = []
        self.items = []

    def add(self, start, end, label):
        i = bisect_right(self.starts, start)
        if i and self.items[i - 1][1] > start or i < len(self.items) and self.items[i][0] < end:
            raise ValueError(f"[{start}, {end}) overlaps an existing interval")
        self.starts.insert(i, start)
        self.items.insert(i, (start, end, label))

    def find(self, x):
        i = bisect_right(self.starts, x) - 1
        if i >= 0 and x < self.items[i][1]:
            return self.items[i][2]
        return None


iv = Intervals()
for s, e, label in [(0, 10, "low"), (20, 30, "mid"), (10, 15, "lowish"), (50, 100, "high"), (25, 27, "bad")]:
    try:
        iv.add(s, e, label)
    except ValueError as err:
        print(err)
print([iv.find(x) for x in (-1, 0, 9, 10, 14, 15, 25, 49, 50, 99, 100)])
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
