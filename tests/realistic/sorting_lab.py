import random
from functools import cmp_to_key
from operator import itemgetter, attrgetter
import heapq


def bubble(a):
    a = list(a)
    swaps = 0
    for end in range(len(a) - 1, 0, -1):
        swapped = False
        for i in range(end):
            if a[i] > a[i + 1]:
                a[i], a[i + 1] = a[i + 1], a[i]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return a, swaps


def shell(a):
    a = list(a)
    gap = 1
    while gap < len(a) // 3:
        gap = gap * 3 + 1
    while gap:
        for i in range(gap, len(a)):
            x, j = a[i], i
            while j >= gap and a[j - gap] > x:
                a[j] = a[j - gap]
                j -= gap
            a[j] = x
        gap //= 3
    return a


def heap_sort(a):
    a = list(a)
    n = len(a)

    def sift(start, end):
        root = start
        while (child := 2 * root + 1) <= end:
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return

    for start in range(n // 2 - 1, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a


def quick3(a):
    if len(a) <= 1:
        return list(a)
    pivot = a[len(a) // 2]
    return quick3([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quick3([x for x in a if x > pivot])


def merge_sort(a, key=lambda x: x):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid], key), merge_sort(a[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j]); j += 1
        else:
            out.append(left[i]); i += 1
    return out + left[i:] + right[j:]


def radix_lsd(a, base=10):
    a = list(a)
    exp = 1
    while a and max(a) // exp:
        buckets = [[] for _ in range(base)]
        for x in a:
            buckets[x // exp % base].append(x)
        a = [x for b in buckets for x in b]
        exp *= base
    return a


def counting(a):
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]


rng = random.Random(99)
data = [rng.randint(0, 999) for _ in range(60)]
expected = sorted(data)
b, swaps = bubble(data)
for name, result in [("bubble", b), ("shell", shell(data)), ("heap", heap_sort(data)), ("quick3", quick3(data)),
                     ("merge", merge_sort(data)), ("radix", radix_lsd(data)), ("counting", counting(data))]:
    print(f"{name:<9}{'ok' if result == expected else 'WRONG'}  {result[:6]}...{result[-3:]}")
print("bubble swaps (inversions):", swaps)

records = [("carol", "eng", 31, 105.5), ("alice", "ops", 25, 88.0), ("bob", "eng", 31, 99.9),
           ("dave", "ops", 45, 88.0), ("erin", "hr", 25, 70.25), ("frank", "eng", 25, 120.0)]
print(sorted(records, key=itemgetter(1, 0)))
print([r[0] for r in sorted(records, key=lambda r: (-r[3], r[0]))])
print([r[0] for r in sorted(sorted(records, key=itemgetter(0)), key=itemgetter(2), reverse=True)])
print([r[0] for r in merge_sort(records, key=itemgetter(3))], "stable ties:", [r[0] for r in sorted(records, key=itemgetter(3)) if r[3] == 88.0])


class Card:
    ranks = "23456789TJQKA"

    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]

    @property
    def value(self):
        return self.ranks.index(self.rank)

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(t) for t in "KH 2C TD AS 2H 9S TC".split()]
print(sorted(hand, key=attrgetter("value", "suit")), sorted(hand, key=attrgetter("suit")))


def version_cmp(a, b):
    pa, pb = [int(x) for x in a.split(".")], [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)


versions = ["1.10", "1.2", "1.2.1", "0.9", "1.1.10", "1.1.9"]
print(sorted(versions), sorted(versions, key=cmp_to_key(version_cmp)))
natural = ["file10.txt", "file2.txt", "File1.txt", "file1.txt", "file20.txt"]
import re
print(sorted(natural, key=lambda s: [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", s)]))
print(sorted("The Quick brown fox Jumps".split(), key=str.lower), sorted([3, -1, -4, 2], key=abs), sorted([[2, 1], [1, 2], [1]]))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=itemgetter(1)), max("apple pie zebra".split(), key=len), min([], default="empty"))
streams = [sorted(rng.sample(range(100), 5)) for _ in range(3)]
print(streams, list(heapq.merge(*streams))[:8], list(heapq.merge(*streams, reverse=False))[-2:])
l = [5, 1, 4]
l.sort(reverse=True)
print(l, sorted((1, "b", 1.5, True), key=str), sorted([0.1, 1e-3, -0.0, 0.0, float("inf"), -2]))
try:
    sorted([1, "two", 3.0])
except TypeError as e:
    print("TypeError:", e)
