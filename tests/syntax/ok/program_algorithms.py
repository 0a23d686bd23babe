import heapq
from collections import defaultdict, deque
from itertools import accumulate, combinations, permutations


def quicksort(xs):
    if len(xs) <= 1:
        return list(xs)
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])


def merge_sort(xs):
    if len(xs) < 2:
        return xs[:]
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:]); out.extend(right[j:])
    return out


def binary_search(xs, target, lo=0, hi=None):
    hi = len(xs) if hi is None else hi
    while lo < hi:
        mid = (lo + hi) >> 1
        if xs[mid] < target:
            lo = mid + 1
        elif xs[mid] > target:
            hi = mid
        else:
            return mid
    return -1


def dijkstra(graph, source):
    dist = defaultdict(lambda: float("inf"))
    dist[source] = 0
    queue = [(0, source)]
    seen = set()
    while queue:
        d, node = heapq.heappop(queue)
        if node in seen:
            continue
        seen.add(node)
        for neighbour, weight in graph.get(node, ()):
            if (nd := d + weight) < dist[neighbour]:
                dist[neighbour] = nd
                heapq.heappush(queue, (nd, neighbour))
    return dict(dist)


def bfs_order(graph, start):
    order, queue, visited = [], deque([start]), {start}
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in sorted(graph.get(node, [])):
            if nxt not in visited:
                visited.add(nxt)
                queue.append(nxt)
    return order


def lcs(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, ca in enumerate(a, 1):
        for j, cb in enumerate(b, 1):
            table[i][j] = table[i - 1][j - 1] + 1 if ca == cb else max(table[i - 1][j], table[i][j - 1])
    return table[-1][-1]


def knapsack(items, capacity):
    best = [0] * (capacity + 1)
    for weight, value in items:
        for c in range(capacity, weight - 1, -1):
            best[c] = max(best[c], best[c - weight] + value)
    return best[capacity]


def primes_up_to(n):
    sieve = bytearray([1]) * (n + 1)
    sieve[0:2] = b"\x00\x00"
    for p in range(2, int(n ** 0.5) + 1):
        if sieve[p]:
            sieve[p * p :: p] = bytes(len(range(p * p, n + 1, p)))
    return [i for i, flag in enumerate(sieve) if flag]


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def memoize(func):
    cache = {}

    def wrapper(*args):
        try:
            return cache[args]
        except KeyError:
            result = cache[args] = func(*args)
            return result

    wrapper.__wrapped__ = func
    return wrapper


@memoize
def partitions(n, k=None):
    k = n if k is None else k
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


class Matrix:
    __slots__ = ("rows",)

    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(x * y for x, y in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, n):
        result = Matrix([[int(i == j) for j in range(len(self.rows))] for i in range(len(self.rows))])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base, n = base @ base, n >> 1
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows


if __name__ == "__main__":
    data = [5, 3, 8, 1, 9, 2]
    assert quicksort(data) == merge_sort(data) == sorted(data)
    assert binary_search(sorted(data), 8) == 4
    g = {"a": [("b", 1), ("c", 4)], "b": [("c", 2), ("d", 5)], "c": [("d", 1)]}
    print(dijkstra(g, "a"), bfs_order({k: [n for n, _ in v] for k, v in g.items()}, "a"))
    print(lcs("ABCBDAB", "BDCABA"), knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7))
    print(primes_up_to(30), [f for _, f in zip(range(10), fib())])
    print(partitions(10), (Matrix([[1, 1], [1, 0]]) ** 10).rows[0][1])
    print(list(accumulate(range(5))), len(list(combinations("abcd", 2))), len(list(permutations("abc"))))
