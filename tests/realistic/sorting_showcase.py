"""A collection of sorting algorithms, checked against sorted() and instrumented."""
import random
from functools import wraps


class Counter:
    def __init__(self):
        self.comparisons = 0
        self.moves = 0


def instrumented(fn):
    @wraps(fn)
    def run(data):
        c = Counter()
        out = fn(list(data), c)
        return out, c
    return run


def less(c, a, b):
    c.comparisons += 1
    return a < b


@instrumented
def bubble(a, c):
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if less(c, a[j + 1], a[j]):
                a[j], a[j + 1] = a[j + 1], a[j]
                c.moves += 1
                swapped = True
        if not swapped:
            break
    return a


@instrumented
def insertion(a, c):
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and less(c, key, a[j]):
            a[j + 1] = a[j]
            c.moves += 1
            j -= 1
        a[j + 1] = key
    return a


@instrumented
def selection(a, c):
    for i in range(len(a)):
        m = min(range(i, len(a)), key=lambda k: (c.__setattr__("comparisons", c.comparisons + 1), a[k])[1])
        if m != i:
            a[i], a[m] = a[m], a[i]
            c.moves += 1
    return a


@instrumented
def merge_sort(a, c):
    def sort(xs):
        if len(xs) <= 1:
            return xs
        mid = len(xs) // 2
        left, right = sort(xs[:mid]), sort(xs[mid:])
        out, i, j = [], 0, 0
        while i < len(left) and j < len(right):
            if less(c, right[j], left[i]):
                out.append(right[j]); j += 1
            else:
                out.append(left[i]); i += 1
            c.moves += 1
        out.extend(left[i:]); out.extend(right[j:])
        return out
    return sort(a)


@instrumented
def quick(a, c):
    def part(lo, hi):
        pivot = a[(lo + hi) // 2]
        i, j = lo, hi
        while i <= j:
            while less(c, a[i], pivot):
                i += 1
            while less(c, pivot, a[j]):
                j -= 1
            if i <= j:
                a[i], a[j] = a[j], a[i]
                c.moves += 1
                i += 1; j -= 1
        if lo < j:
            part(lo, j)
        if i < hi:
            part(i, hi)
    if a:
        part(0, len(a) - 1)
    return a


@instrumented
def heap_sort(a, c):
    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and less(c, a[child], a[child + 1]):
                child += 1
            if less(c, a[root], a[child]):
                a[root], a[child] = a[child], a[root]
                c.moves += 1
                root = child
            else:
                return
    n = len(a)
    for start in range((n - 2) // 2, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        c.moves += 1
        sift(0, end - 1)
    return a


@instrumented
def shell(a, c):
    gap = len(a) // 2
    while gap:
        for i in range(gap, len(a)):
            tmp, j = a[i], i
            while j >= gap and less(c, tmp, a[j - gap]):
                a[j] = a[j - gap]; c.moves += 1; j -= gap
            a[j] = tmp
        gap //= 2
    return a


@instrumented
def counting(a, c):
    if not a:
        return a
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    out = []
    for i, k in enumerate(counts):
        out.extend([i + lo] * k)
        c.moves += k
    return out


@instrumented
def radix(a, c):
    if not a:
        return a
    exp = 1
    while max(a) // exp:
        buckets = [[] for _ in range(10)]
        for x in a:
            buckets[(x // exp) % 10].append(x)
            c.moves += 1
        a = [x for b in buckets for x in b]
        exp *= 10
    return a


ALGORITHMS = [bubble, insertion, selection, merge_sort, quick, heap_sort, shell, counting, radix]


def main():
    random.seed(12345)
    datasets = {
        "random": [random.randint(0, 999) for _ in range(200)],
        "sorted": list(range(150)),
        "reversed": list(range(150, 0, -1)),
        "few unique": [random.choice([3, 1, 4]) for _ in range(150)],
        "empty": [],
        "single": [42],
    }
    print(f"{'algorithm':<11}" + "".join(f"{name:>16}" for name in datasets))
    for algo in ALGORITHMS:
        cells = []
        for name, data in datasets.items():
            out, c = algo(data)
            assert out == sorted(data), (algo.__name__, name)
            cells.append(f"{c.comparisons:>7}/{c.moves:<7}")
        print(f"{algo.__name__:<11}" + "".join(f"{cell:>16}" for cell in cells))
    people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40)]
    random.shuffle(people)
    print(people)
    by_age = sorted(people, key=lambda p: p[1])
    print(by_age, sorted(by_age, key=lambda p: p[1], reverse=True))
    words = "Banana apple Cherry date Elderberry fig".split()
    print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
    sample = random.sample(range(1000), 10)
    print(sample, sorted(sample)[len(sample) // 2])
    nums = [3.5, -1, 2, float("inf"), 0, -0.0, 7]
    nums.sort(key=abs)
    print(nums, sorted([True, False, 2, 0.5]))


main()
