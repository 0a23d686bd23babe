# bisect: positions, lo/hi, key, insort
import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 3, 4, 5, 9, 10]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 4, 3), bisect_right(a, 4, 0, 4), bisect_left(a, 4, hi=3), bisect_left(a, 4, lo=4, hi=6))
print(bisect_left([], 1), bisect_right([], 1), bisect_left(a, 100, 2, 2), bisect_right(a, 4, hi=None))
print(bisect_right(a, 4, 10), bisect_left("abcde", "c"), bisect_right((1, 2, 3), 2))

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort_right(b, v)
print(b)
insort_left(b, 5)
bisect.insort(b, 0)
insort_right(b, 10, 3)
print(b)

recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]))
insort_left(recs, ("x", 3), key=lambda r: r[1])
insort_right(recs, ("y", 3), key=lambda r: r[1])
print(recs)

class Seq:
    def __init__(self, items):
        self.items = items
        self.inserted = []
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def insert(self, i, v):
        self.inserted.append((i, v))
        self.items.insert(i, v)
s = Seq([10, 20, 30])
bisect.insort(s, 25)
print(s.items, s.inserted, bisect_left(s, 20))

probes = []
class Probe:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        probes.append((self.v, other.v))
        return self.v < other.v
ps = [Probe(i) for i in range(8)]
bisect_left(ps, Probe(5))
bisect_right(ps, Probe(5))
print(probes)

for f in (lambda: bisect.bisect([1]), lambda: bisect_left([1], 1, -1), lambda: bisect_right(5, 1),
          lambda: bisect_left([1, "a"], 2), lambda: insort_left((1, 2), 1), lambda: bisect_left([1], 1, 0, 1, 2),
          lambda: bisect_left([1], 1, foo=1), lambda: bisect_left([1], 1, "x")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
