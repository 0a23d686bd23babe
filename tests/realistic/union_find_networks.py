"""Network planning: union-find with path compression, Kruskal, components, and bridge finding."""
import heapq
import random
from collections import defaultdict
from itertools import combinations


class DisjointSet:
    def __init__(self, items=()):
        self.parent = {}
        self.rank = {}
        self.size = {}
        for item in items:
            self.add(item)

    def add(self, item):
        if item not in self.parent:
            self.parent[item] = item
            self.rank[item] = 0
            self.size[item] = 1

    def find(self, item):
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

    def groups(self):
        out = defaultdict(list)
        for item in self.parent:
            out[self.find(item)].append(item)
        return sorted(sorted(g) for g in out.values())

    def __len__(self):
        return sum(1 for x in self.parent if self.parent[x] == x)


rng = random.Random(99)
towns = [f"T{i:02d}" for i in range(12)]
coords = {t: (rng.randint(0, 100), rng.randint(0, 100)) for t in towns}
edges = []
for a, b in combinations(towns, 2):
    (x1, y1), (x2, y2) = coords[a], coords[b]
    cost = round(((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5, 1)
    edges.append((cost, a, b))

ds = DisjointSet(towns)
mst = []
for cost, a, b in sorted(edges):
    if ds.union(a, b):
        mst.append((a, b, cost))
print(len(mst), f"{sum(c for *_, c in mst):.1f}")
for a, b, c in mst[:5]:
    print(f"  {a}-{b} {c:>6.1f}")

# Prim's algorithm must agree
adj = defaultdict(list)
for cost, a, b in edges:
    adj[a].append((cost, b))
    adj[b].append((cost, a))
seen, heap, prim_total = {towns[0]}, list(adj[towns[0]]), 0.0
heapq.heapify(heap)
while heap and len(seen) < len(towns):
    cost, town = heapq.heappop(heap)
    if town in seen:
        continue
    seen.add(town)
    prim_total += cost
    for item in adj[town]:
        if item[1] not in seen:
            heapq.heappush(heap, item)
print(f"prim {prim_total:.1f}", abs(prim_total - sum(c for *_, c in mst)) < 1e-6)

# storms cut the expensive links: which towns stay connected?
kept = [(a, b) for cost, a, b in edges if cost < 22]
ds2 = DisjointSet(towns)
for a, b in kept:
    ds2.union(a, b)
print(len(ds2), ds2.groups())
print({t: ds2.size[ds2.find(t)] for t in towns[:4]})

# bridges (Tarjan) in the kept graph
graph = defaultdict(set)
for a, b in kept:
    graph[a].add(b)
    graph[b].add(a)
disc, low, bridges, timer = {}, {}, [], [0]
def dfs(u, parent):
    disc[u] = low[u] = timer[0]
    timer[0] += 1
    for v in sorted(graph[u]):
        if v not in disc:
            dfs(v, u)
            low[u] = min(low[u], low[v])
            if low[v] > disc[u]:
                bridges.append(tuple(sorted((u, v))))
        elif v != parent:
            low[u] = min(low[u], disc[v])
for t in towns:
    if t not in disc and t in graph:
        dfs(t, None)
print(sorted(bridges))

# percolation on a small grid, seeded
n = 8
grid_ds = DisjointSet(["top", "bottom"] + [(r, c) for r in range(n) for c in range(n)])
open_cells = set()
order = [(r, c) for r in range(n) for c in range(n)]
rng.shuffle(order)
for step, (r, c) in enumerate(order, 1):
    open_cells.add((r, c))
    if r == 0:
        grid_ds.union("top", (r, c))
    if r == n - 1:
        grid_ds.union("bottom", (r, c))
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nb = (r + dr, c + dc)
        if nb in open_cells:
            grid_ds.union((r, c), nb)
    if grid_ds.find("top") == grid_ds.find("bottom"):
        print(f"percolates after {step} of {n * n} cells ({step / n / n:.1%})")
        break
for r in range(n):
    print("".join("." if (r, c) in open_cells else "#" for c in range(n)))
