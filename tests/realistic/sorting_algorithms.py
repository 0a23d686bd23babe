"""Sorting algorithm collection checked against sorted(): comparisons counted through a
wrapper class with __lt__, stability checks, key functions and cmp_to_key."""
import random
from bisect import bisect_left, bisect_right, insort
from functools import cmp_to_key, wraps
from heapq import heapify, heappop, heappush, nlargest, nsmallest, merge
from operator import itemgetter, attrgetter, neg


class Counted:
    comparisons = 0
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Counted.comparisons += 1
        return self.v < other.v

    def __le__(self, other):
        Counted.comparisons += 1
        return self.v <= other.v

    def __repr__(self):
        return repr(self.v)


def counting(fn):
    @wraps(fn)
    def run(data):
        Counted.comparisons = 0
        items = [Counted(x) for x in data]
        out = fn(items)
        return [c.v for c in out], Counted.comparisons
    return run


@counting
def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        x, j = a[i], i - 1
        while j >= 0 and x < a[j]:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a


@counting
def merge_sort(a):
    def rec(a):
        if len(a) <= 1:
            return a
        mid = len(a) // 2
        left, right = rec(a[:mid]), rec(a[mid:])
        out, i, j = [], 0, 0
        while i < len(left) and j < len(right):
            if right[j] < left[i]:
                out.append(right[j])
                j += 1
            else:
                out.append(left[i])
                i += 1
        return out + left[i:] + right[j:]
    return rec(a)


@counting
def quick_sort(a):
    a = a[:]

    def part(lo, hi):
        mid = (lo + hi) // 2
        if a[mid] < a[lo]:
            a[lo], a[mid] = a[mid], a[lo]
        if a[hi] < a[lo]:
            a[lo], a[hi] = a[hi], a[lo]
        if a[mid] < a[hi]:
            a[mid], a[hi] = a[hi], a[mid]
        pivot = a[hi]
        i = lo
        for j in range(lo, hi):
            if a[j] < pivot:
                a[i], a[j] = a[j], a[i]
                i += 1
        a[i], a[hi] = a[hi], a[i]
        return i

    stack = [(0, len(a) - 1)]
    while stack:
        lo, hi = stack.pop()
        if lo < hi:
            p = part(lo, hi)
            stack.extend([(lo, p - 1), (p + 1, hi)])
    return a


@counting
def heap_sort(a):
    h = a[:]
    heapify(h)
    return [heappop(h) for _ in range(len(h))]


@counting
def shell_sort(a):
    a = a[:]
    gap = len(a) // 2
    while gap:
        for i in range(gap, len(a)):
            x, j = a[i], i
            while j >= gap and x < a[j - gap]:
                a[j] = a[j - gap]
                j -= gap
            a[j] = x
        gap //= 2
    return a


@counting
def builtin_sort(a):
    return sorted(a)


def counting_sort(a, key=lambda x: x):
    lo, hi = min(map(key, a)), max(map(key, a))
    buckets = [[] for _ in range(hi - lo + 1)]
    for x in a:
        buckets[key(x) - lo].append(x)
    return [x for b in buckets for x in b]


def radix_sort(a):
    out = a[:]
    exp = 1
    while max(out) // exp:
        out = counting_sort(out, key=lambda x: x // exp % 10)
        exp *= 10
    return out


rng = random.Random(42)
datasets = {
    "random": [rng.randrange(1000) for _ in range(200)],
    "sorted": list(range(150)),
    "reversed": list(range(150, 0, -1)),
    "few unique": [rng.choice("abc") for _ in range(120)],
    "sawtooth": [i % 17 for i in range(170)],
}
algos = [insertion_sort, merge_sort, quick_sort, heap_sort, shell_sort, builtin_sort]
print(f"{'data':<11}" + "".join(f"{a.__name__:>15}" for a in algos))
for name, data in datasets.items():
    row = []
    for algo in algos:
        out, comps = algo(data)
        assert out == sorted(data), (algo.__name__, name)
        row.append(comps)
    print(f"{name:<11}" + "".join(f"{c:>15,}" for c in row))
nums = datasets["random"]
print(radix_sort(nums) == sorted(nums), counting_sort([3, -1, 2, -1, 0]))

people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la"), ("di", 25, "nyc"), ("ed", 40, "sf"), ("fay", 31, "sf")]
print(sorted(people, key=itemgetter(1)))
print(sorted(people, key=itemgetter(2, 1), reverse=True))
print(sorted(sorted(people, key=itemgetter(0), reverse=True), key=itemgetter(1)))
print(sorted(people, key=lambda p: (-p[1], p[0])))


def by_city_then_age_desc(a, b):
    if a[2] != b[2]:
        return -1 if a[2] < b[2] else 1
    return b[1] - a[1]


print([p[0] for p in sorted(people, key=cmp_to_key(by_city_then_age_desc))])
words = "banana Apple cherry apple Banana date Cherry".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)), sorted(words, key=len, reverse=True))
print(max(words, key=len), min(people, key=itemgetter(1, 0)), sorted({"b": 2, "a": 3, "c": 1}.items(), key=itemgetter(1)))
print(nsmallest(3, nums), nlargest(3, nums), nsmallest(2, people, key=itemgetter(1)), nlargest(2, words, key=str.lower))
print(list(merge([1, 4, 9], [2, 3, 10], [0, 11])), list(merge(["b", "d"], ["a", "c"], key=str.upper)), list(merge([5, 3], [4, 1], reverse=True)))
scores = sorted(rng.sample(range(100), 15))
print(scores)
for q in (0, 37, 50, 99, 100):
    print(q, bisect_left(scores, q), bisect_right(scores, q), end=" | ")
print()
grades = "FDCBA"
print([grades[bisect_right([60, 70, 80, 90], s)] for s in (33, 60, 75, 89, 90, 100)])
print(bisect_left(people, 31, key=itemgetter(1)) if False else bisect_left(sorted(people, key=itemgetter(1)), 31, key=itemgetter(1)))
h = []
for s in scores[:6]:
    insort(h, -s)
print(h, list(map(neg, h)))
pq = []
for prio, task in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heappush(pq, (prio, task))
print([heappop(pq) for _ in range(len(pq))])
stable = sorted([(1, "b"), (0, "z"), (1, "a"), (0, "y")], key=itemgetter(0))
print(stable, sorted([3, 1, 2], reverse=True), sorted("hello"), sorted((3, 1, 2)), sorted([[2, 1], [1, 2], [1, 1]]))
data = [5, 2, 8, 1]
data.sort(key=neg)
print(data, sorted([0.5, -1, 2, True, False]), sorted([], key=len))
try:
    sorted([3, "x", 1])
except TypeError as e:
    print("TypeError:", e)
print(sorted(["b10", "a2", "b9", "a10"], key=lambda s: (s[0], int(s[1:]))))
