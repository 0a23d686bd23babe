# heapq in use: priority queues, heap sort, k-way merge, shortest paths
import heapq
import itertools

class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.counter = itertools.count()
        self.entries = {}
    def push(self, task, priority):
        if task in self.entries:
            self.remove(task)
        entry = [priority, next(self.counter), task]
        self.entries[task] = entry
        heapq.heappush(self.heap, entry)
    def remove(self, task):
        entry = self.entries.pop(task)
        entry[-1] = None
    def pop(self):
        while self.heap:
            priority, _, task = heapq.heappop(self.heap)
            if task is not None:
                del self.entries[task]
                return task, priority
        raise KeyError("pop from an empty priority queue")

pq = PriorityQueue()
for task, prio in [("write", 5), ("test", 1), ("ship", 9), ("review", 1), ("plan", 0)]:
    pq.push(task, prio)
pq.push("ship", -1)
print([pq.pop() for _ in range(5)])
try:
    pq.pop()
except KeyError as e:
    print("KeyError", e)

def heapsort(iterable):
    h = []
    for value in iterable:
        heapq.heappush(h, value)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]), heapsort("heapsort"))

graph = {
    "a": [("b", 7), ("c", 9), ("f", 14)],
    "b": [("a", 7), ("c", 10), ("d", 15)],
    "c": [("a", 9), ("b", 10), ("d", 11), ("f", 2)],
    "d": [("b", 15), ("c", 11), ("e", 6)],
    "e": [("d", 6), ("f", 9)],
    "f": [("a", 14), ("c", 2), ("e", 9)],
}
def dijkstra(start):
    dist = {start: 0}
    queue = [(0, start)]
    order = []
    while queue:
        d, node = heapq.heappop(queue)
        if d > dist.get(node, float("inf")):
            continue
        order.append(node)
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heapq.heappush(queue, (nd, nxt))
    return dist, order
print(dijkstra("a"))

def numbers(start, step, n):
    for i in range(n):
        yield start + i * step
print(list(heapq.merge(numbers(0, 3, 5), numbers(1, 3, 5), numbers(2, 3, 5))))
print(list(itertools.islice(heapq.merge(itertools.count(0, 2), itertools.count(1, 2)), 10)))
logs = [[(1, "a1"), (5, "a5")], [(2, "b2"), (3, "b3"), (9, "b9")], [(4, "c4")]]
print([msg for _, msg in heapq.merge(*logs)])

stream = [5, 1, 9, 3, 7, 2, 8]
top3 = []
for x in stream:
    if len(top3) < 3:
        heapq.heappush(top3, x)
    else:
        heapq.heappushpop(top3, x)
print(sorted(top3), heapq.nlargest(3, stream), heapq.nsmallest(3, stream))
print(heapq.nlargest(3, [("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1]))
