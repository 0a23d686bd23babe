"""Minimum spanning trees two ways (Kruskal with union-find, Prim with a heap),
plus connected components and a maze of rooms joined by the cheapest corridors."""

import heapq
from collections import defaultdict
from itertools import combinations
import math


class DisjointSet:
    def __init__(self, items=()):
        self.parent = {}
        self.rank = {}
        self.count = 0
        for item in items:
            self.add(item)

    def add(self, item):
        if item not in self.parent:
            self.parent[item] = item
            self.rank[item] = 0
            self.count += 1

    def find(self, item):
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:          # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.count -= 1
        return True

    def groups(self):
        out = defaultdict(list)
        for item in self.parent:
            out[self.find(item)].append(item)
        return sorted(sorted(g) for g in out.values())


def kruskal(nodes, edges):
    ds = DisjointSet(nodes)
    tree = []
    for w, u, v in sorted(edges):
        if ds.union(u, v):
            tree.append((u, v, w))
    return tree


def prim(nodes, edges, start):
    adj = defaultdict(list)
    for w, u, v in edges:
        adj[u].append((w, v))
        adj[v].append((w, u))
    seen = {start}
    frontier = [(w, start, v) for w, v in adj[start]]
    heapq.heapify(frontier)
    tree = []
    while frontier and len(seen) < len(nodes):
        w, u, v = heapq.heappop(frontier)
        if v in seen:
            continue
        seen.add(v)
        tree.append((u, v, w))
        for w2, x in adj[v]:
            if x not in seen:
                heapq.heappush(frontier, (w2, v, x))
    return tree


cities = {
    "Avon": (0, 0), "Brent": (4, 1), "Corby": (1, 5), "Derby": (6, 6),
    "Ely": (9, 2), "Frome": (3, 9), "Goole": (8, 9), "Hull": (11, 6),
}
edges = []
for (a, pa), (b, pb) in combinations(cities.items(), 2):
    d = round(math.dist(pa, pb), 2)
    if d < 6.5:
        edges.append((d, a, b))
print(f"{len(cities)} cities, {len(edges)} candidate roads")

k_tree = kruskal(cities, edges)
p_tree = prim(cities, edges, "Avon")
total_k = round(sum(w for *_, w in k_tree), 2)
total_p = round(sum(w for *_, w in p_tree), 2)
print("Kruskal:")
for u, v, w in k_tree:
    print(f"  {u:>6} - {v:<6} {w:6.2f}")
print("total", total_k, "| Prim total", total_p, "| same weight:", total_k == total_p)
print("same edge set:", {frozenset((u, v)) for u, v, _ in k_tree} == {frozenset((u, v)) for u, v, _ in p_tree})

ds = DisjointSet(range(12))
for a, b in [(0, 1), (1, 2), (3, 4), (5, 6), (6, 7), (7, 5), (9, 10)]:
    merged = ds.union(a, b)
    if not merged:
        print(f"({a}, {b}) already connected")
print("components:", ds.count, ds.groups())
print("find(2) == find(0):", ds.find(2) == ds.find(0), "find(8):", ds.find(8))


def grid_maze(width, height, seed):
    """Random spanning tree over a grid (randomised Kruskal) drawn as ASCII."""
    import random
    rng = random.Random(seed)
    cells = [(x, y) for y in range(height) for x in range(width)]
    walls = [((x, y), (x + 1, y)) for x, y in cells if x + 1 < width]
    walls += [((x, y), (x, y + 1)) for x, y in cells if y + 1 < height]
    rng.shuffle(walls)
    ds = DisjointSet(cells)
    open_ = {frozenset(w) for w in walls if ds.union(*w)}
    rows = ["+" + "--+" * width]
    for y in range(height):
        line = "|"
        below = "+"
        for x in range(width):
            line += "  " + (" " if frozenset({(x, y), (x + 1, y)}) in open_ else "|")
            below += ("  " if frozenset({(x, y), (x, y + 1)}) in open_ else "--") + "+"
        rows += [line, below]
    return "\n".join(rows), len(open_)


art, passages = grid_maze(7, 4, seed=11)
print(art)
print("passages:", passages, "== cells - 1:", passages == 7 * 4 - 1)
